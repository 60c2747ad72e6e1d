from flask import Flask, request

app = Flask(__name__)


@app.route("/enrol/confirm")
def confirm():
    participant = request.args.get("participant_id", "")
    site = request.args.get("site", "")
    return f"Participant {participant} has been pre-registered at site {site}. A coordinator will call you."
