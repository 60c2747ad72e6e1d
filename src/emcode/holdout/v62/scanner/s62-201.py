import random

from flask import Flask, request, jsonify

app = Flask(__name__)
BOOKINGS = {}


@app.route("/book", methods=["POST"])
def book():
    code = str(random.randint(100000, 999999))
    BOOKINGS[code] = request.json
    return jsonify(code=code)


@app.route("/book/<code>", methods=["DELETE"])
def cancel(code):
    BOOKINGS.pop(code, None)
    return "", 204
