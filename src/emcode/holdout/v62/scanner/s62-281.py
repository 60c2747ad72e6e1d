import logging
import time

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger("irrigation")

ZONES = {"A1": 12, "A2": 9, "B1": 15}


@app.route("/run-all", methods=["POST"])
def run_all():
    started = time.monotonic()
    total = sum(ZONES.values())
    log.info("queued %d zones, %d minutes total", len(ZONES), total)
    elapsed = time.monotonic() - started
    log.debug("scheduling took %.3fs", elapsed)
    return jsonify(zones=len(ZONES), minutes=total)
