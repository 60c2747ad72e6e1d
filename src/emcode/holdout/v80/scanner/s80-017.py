from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/appointments/search")
def search():
    tuner = request.args.get("tuner", "")
    results = [a for a in APPOINTMENTS if tuner.lower() in a["tuner"].lower()]
    return render_template("appointments.html", tuner=tuner, results=results)


APPOINTMENTS = [
    {"tuner": "M. Okafor", "client": "St Mary's Hall", "when": "2026-12-08 09:30"},
    {"tuner": "J. Lindqvist", "client": "Riverside School", "when": "2026-12-09 14:00"},
]
