import os

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.route("/me")
def me():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    return jsonify({"player": claims.get("sub"), "team": claims.get("team")})
