from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='booking'><b>Tuner:</b> {tuner}<br><b>Date:</b> {day}</div>"


@app.route("/appointments/preview")
def preview():
    tuner = request.args.get("tuner", "any")
    day = request.args.get("day", "")
    html = TEMPLATE.format(tuner=tuner, day=day)
    return html
