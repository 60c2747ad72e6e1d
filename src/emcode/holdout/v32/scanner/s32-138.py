import secrets

from flask import Flask, jsonify

app = Flask(__name__)
PENDING = {}


@app.route("/scooters/<int:sid>/unlock-code", methods=["POST"])
def unlock_code(sid):
    code = f"{secrets.randbelow(10**6):06d}"
    PENDING[sid] = code
    return jsonify(scooter=sid, code=code)
