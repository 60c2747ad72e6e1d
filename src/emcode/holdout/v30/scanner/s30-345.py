from string import Template

from flask import Flask, request

app = Flask(__name__)

CLINIC = {"clinic_name": "Bright Smile Dental", "clinic_phone": "01632 960123"}


@app.route("/sms-preview", methods=["POST"])
def sms_preview():
    template = request.form.get("template", "Hi from $clinic_name")
    return {"text": Template(template).safe_substitute(CLINIC)[:320]}
