from flask import Flask, request

app = Flask(__name__)


@app.route("/dispatch/ack")
def ack():
    callsign = request.args.get("cs", "")
    return "<p>Driver %s acknowledged the job.</p>" % callsign
