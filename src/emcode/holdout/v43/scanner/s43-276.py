import os

import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.post("/api/translator/payout")
def update_payout():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        return jsonify(error="unauthorized"), 401
    try:
        claims = jwt.decode(auth[7:], KEY, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        return jsonify(error="unauthorized"), 401
    iban = (request.get_json(silent=True) or {}).get("iban", "")
    if not iban:
        return jsonify(error="iban required"), 400
    return jsonify(updated=claims["sub"])
