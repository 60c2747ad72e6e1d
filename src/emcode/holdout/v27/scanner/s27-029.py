from flask import Flask, request

app = Flask(__name__)
LOG = []


@app.route("/qso", methods=["POST"])
def log_contact():
    call = request.form.get("callsign", "").upper()
    band = request.form.get("band", "20m")
    LOG.append((call, band))
    message = "Logged contact with " + call + " on " + band
    return message
