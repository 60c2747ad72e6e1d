import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="devices.log", level=logging.INFO)
log = logging.getLogger("homeauto.devices")


@app.route("/devices", methods=["POST"])
def register_device():
    name = request.form.get("name", "")
    room = request.form.get("room", "")
    line = "registering device %s in room %s" % (name, room)
    log.info(line)
    return jsonify(name=name, room=room), 201
