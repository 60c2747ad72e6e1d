import os

import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
JWT_KEY = os.environ["JWT_SIGNING_KEY"]


@app.get("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="garden-app")
    except jwt.InvalidTokenError:
        return jsonify(error="invalid token"), 401
    return jsonify(member=claims.get("sub"), plots=claims.get("plots", []))
