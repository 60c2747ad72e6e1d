import os

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
with open(os.environ["JWT_PUBLIC_KEY_FILE"], "rb") as fh:
    PUBLIC_KEY = fh.read()


@app.get("/profile")
def profile():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)
    return jsonify(user=claims["sub"])
