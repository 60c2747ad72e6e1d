import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["JWT_PUBLIC_KEY"]


def current_claims() -> dict:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        return jwt.decode(token, KEY, algorithms=["RS256"], audience="stats-api")
    except jwt.InvalidTokenError:
        abort(401)


@app.route("/admin/stats")
def stats():
    if current_claims().get("role") != "admin":
        abort(403)
    return {"users": 1204, "orders": 88321}
