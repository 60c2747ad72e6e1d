import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("homeauto.devices")


def printable(value: str) -> str:
    return value.encode("unicode_escape").decode("ascii")[:80]


@app.route("/devices", methods=["POST"])
def register_device():
    name = request.form.get("name", "")
    room = request.form.get("room", "")
    log.info("registering device %s in room %s", printable(name), printable(room))
    return jsonify(name=name, room=room), 201
