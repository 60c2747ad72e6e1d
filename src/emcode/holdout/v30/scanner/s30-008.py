import json
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("returns")


@app.post("/returns")
def car_return():
    data = request.get_json(silent=True) or {}
    plate = str(data.get("plate", ""))
    mileage = int(data.get("mileage", 0))
    log.info("car returned %s", json.dumps({"plate": plate, "mileage": mileage}))
    return {"ok": True}
