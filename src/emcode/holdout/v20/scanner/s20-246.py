import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("ingest")


@app.route("/ingest/<device_id>", methods=["POST"])
def ingest(device_id):
    note = request.args.get("note", "")
    logger.info("reading device=" + device_id + " note=" + note)
    return "", 204
