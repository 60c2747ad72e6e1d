import random
import secrets

from flask import Flask, request, jsonify

app = Flask(__name__)
BOOKINGS = {}
WARMUP = ["Don't Stop Believin'", "I Will Survive", "Hey Jude"]


@app.route("/book", methods=["POST"])
def book():
    code = secrets.token_urlsafe(12)
    BOOKINGS[code] = request.get_json(silent=True) or {}
    return jsonify(code=code, warmup_song=random.choice(WARMUP))


@app.route("/book/<code>", methods=["DELETE"])
def cancel(code):
    BOOKINGS.pop(code, None)
    return "", 204
