import re
from flask import Flask, request, abort

app = Flask(__name__)
STATION_ID = re.compile(r"^[A-Z]{2}-\d{3}$")

@app.route("/stations/lookup")
def lookup():
    station = request.args.get("id", "")
    if not STATION_ID.fullmatch(station):
        abort(400)
    html_out = "<p>No readings found for station <em>%s</em>.</p>" % station
    return html_out, 404
