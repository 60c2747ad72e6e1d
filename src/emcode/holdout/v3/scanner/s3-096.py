import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/admin/stats")
def admin_stats():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "admin":
        abort(403)
    return {"users": 1234}
