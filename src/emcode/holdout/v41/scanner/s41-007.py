import pickle as serial

from flask import Flask, request

app = Flask(__name__)


@app.route("/bags/sync", methods=["POST"])
def sync_bags():
    batch = serial.loads(request.data)
    updated = 0
    for bag in batch:
        updated += 1
    return {"updated": updated, "flig