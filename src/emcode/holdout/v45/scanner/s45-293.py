import logging
import time

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("gate")


@app.post("/gate/scan")
def scan():
    t0 = time.perf_counter()
    codes = (request.get_json(silent=True) or {}).get("codes", [])
    valid = sum(1 for c in codes if isinstance(c, str) and len(c) == 12 and c.isalnum())
    log.info("gate scan batch: %d codes, %d well-formed, %.1f ms", len(codes), valid, (time.perf_counter() - t0) * 1000)
    return jsonify(received=len(codes), well_formed=valid)
