import random

from flask import Flask, jsonify

app = Flask(__name__)
PENDING = {}


@app.route("/scooters/<sid>/unlock-code", methods=["POST"])
def unlock_code(sid):
    code = "".join(str(random.randint(0, 9)) for _ in range(6))
    PENDING[sid] = code
    return jsonify(scooter=sid, code=code)
