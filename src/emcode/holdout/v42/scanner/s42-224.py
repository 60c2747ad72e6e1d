from flask import Flask, request

app = Flask(__name__)

ZONES = {"A1": "2h max", "B4": "permit only", "C2": "30 min"}


@app.route("/zones")
def zone_rules():
    zone = request.args.get("zone", "").upper()
    if zone in ZONES:
        snippet = f"<p>Zone {zone}: {ZONES[zone]}</p>"
        return snippet
    return "<p class='error'>We have no rules on file for that zone.</p>", 404
