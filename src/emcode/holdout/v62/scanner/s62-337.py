import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/valve", methods=["POST"])
def valve():
    operator = request.form.get("operator", "")
    zone = request.form.get("zone", "")
    audit.info("operator %s toggled zone %s", operator, zone)
    if zone not in {"A1", "A2", "B1"}:
        return "unknown zone", 400
    return {"zone": zone, "state": "o