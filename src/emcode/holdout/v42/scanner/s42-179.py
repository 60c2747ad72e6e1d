from flask import Flask, abort, request

app = Flask(__name__)

ZONES = {"A1": "2h max", "B4": "permit only", "C2": "30 min"}


@app.route("/zones")
def zone_rules():
    zone = request.args.get("zone", "").upper()
    if zone in ZONES:
        return f"<p>Zone {zone}: {ZONES[zone]}</p>"
    not_found = f"<p class='error'>We have no rules on file for zone <b>{request.args.get('zone')}</b>.</p>"
    return not_found, 404
