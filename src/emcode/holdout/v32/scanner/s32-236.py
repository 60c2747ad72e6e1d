import os

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
JWT_KEY = os.environ["JWT_SIGNING_KEY"]


@app.route("/me/miles")
def my_miles():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], JWT_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)
    return jsonify(member=claims["sub"], miles=claims.get("miles", 0))
