import logging
import re

from flask import Flask, request, abort

app = Flask(__name__)
logger = logging.getLogger("ingest")
DEVICE_ID = re.compile(r"dev-[0-9a-f]{8}")


@app.route("/ingest/<device_id>", methods=["POST"])
def ingest(device_id):
    if not DEVICE_ID.fullmatch(device_id):
        abort(404)
    payload = request.get_json(silent=True) or {}
    temp = float(payload.get("temp", "nan"))
    logger.info("reading device=%s temp=%.2f", device_id, temp)
    return "", 204
