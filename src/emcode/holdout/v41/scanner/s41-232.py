from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/reminders/preview")
def reminder_preview():
    pet = request.args.get("pet", "your pet")
    tpl = "<p>Dear owner, " + pet + " is due for vaccination on {{ due }}.</p>"
    return render_template_string(tpl, due="2024-07-01")
