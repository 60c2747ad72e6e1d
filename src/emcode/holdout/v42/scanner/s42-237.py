from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/enrol/confirm")
def confirm():
    participant = request.args.get("participant_id", "")
    site = request.args.get("site", "")
    msg = f"Participant {participant} has been pre-registered at site {site}. A coordinator will call you."
    return Response(msg, mimetype="text/plain")
