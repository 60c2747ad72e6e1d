import pickle
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("vetsync")


@app.post("/records/bulk")
def bulk_records():
    records = pickle.loads(request.data)
    saved = 0
    for rec in records:
        if rec.get("species") not in ("dog", "cat", "rabbit"):
            continue
        saved += 1
    log.info("saved %d records", saved)
    return {"saved": sa