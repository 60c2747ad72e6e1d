import os
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).homeauto


@app.route("/devices/find", methods=["POST"])
def find_device():
    body = request.get_json(silent=True) or {}
    room = body.get("room")
    kind = body.get("kind")
    if not isinstance(room, str) or not isinstance(kind, str):
        return jsonify(error="room and kind must be strings"), 400
    docs = db.devices.find({"room": room, "kind": kind}, {"_id": 0, "name": 1, "state": 1}).limit(50)
    return jsonify(list(docs))
