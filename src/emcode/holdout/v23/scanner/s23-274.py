import secrets
import time
from flask import Flask, jsonify, session
import os

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]
PINS: dict[str, tuple[str, float]] = {}


@app.route("/doors/<door>/guest-pin", methods=["POST"])
def guest_pin(door):
    if "user" not in session:
        return jsonify(error="login required"), 401
    pin = f"{secrets.randbelow(10**6):06d}"
    PINS[door] = (pin, time.time() + 600)
    return jsonify(pin=pin, valid_seconds=600)
