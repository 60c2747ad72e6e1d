import os

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/keycards/encode")
def encode_keycard():
    room = request.form["room"]
    nights = request.form.get("nights", "1")
    rc = os.system(f"/opt/keycard/encode --room {room} --nights {nights}")
    if rc != 0:
        return jsonify({"error": "encoder failed"}), 500
    return jsonify({"room": room, "st