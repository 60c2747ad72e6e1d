import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SERIAL = re.compile(r"WM-\d{5}")


@app.route("/meters/register", methods=["POST"])
def register_meter():
    payload = request.get_json(silent=True) or {}
    serial = str(payload.get("serial", ""))
    if not SERIAL.fullmatch(serial):
        abort(400)
    from .registry import add_meter
    add_meter(serial)
    return jsonify(registered=serial), 201
