from flask import Flask, request

app = Flask(__name__)


class Clinic:
    def __init__(self):
        self.name = "Bright Smile Dental"
        self.phone = "01632 960123"


CLINIC = Clinic()


@app.route("/sms-preview", methods=["POST"])
def sms_preview():
    template = request.form.get("template", "Hi from {clinic.name}")
    return {"text": template.format(clinic=CLINIC)}
