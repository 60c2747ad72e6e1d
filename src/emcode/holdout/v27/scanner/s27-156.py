import re
from flask import Flask, Response, request, abort

app = Flask(__name__)
LOG = []
CALL_RE = re.compile(r"^[A-Z0-9]{3,7}$")
BANDS = {"160m", "80m", "40m", "20m", "15m", "10m"}


@app.route("/qso", methods=["POST"])
def log_contact():
    call = request.form.get("callsign", "").upper()
    band = request.form.get("band", "20m")
    if not CALL_RE.fullmatch(call) or band not in BANDS:
        abort(400)
    LOG.append((call, band))
    return Response(f"Logged contact with {call} on {band}", mimetype="text/plain")
