from flask import Flask, render_template_string, request

app = Flask(__name__)

TPL = "<p>Dear owner, {{ pet }} is due for vaccination on {{ due }}.</p>"


@app.route("/reminders/preview")
def reminder_preview():
    pet = request.args.get("pet", "your pet")
    return render_template_string(TPL, pet=pet, due="2024-07-01")
