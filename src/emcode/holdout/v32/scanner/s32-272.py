import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logger = logging.getLogger("scootly.api")


@app.route("/rides/start", methods=["POST"])
def start_ride():
    device = request.headers.get("X-Device-Name", "unknown")
    logger.warning("ride start from device %s" % device)
    payload = request.get_json() or {}
    if "scooter_id" not in payload:
        return jsonify(error="scooter_id requ