import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["JWT_SECRET"]


@app.route("/admin/rentals")
def admin_rentals():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "admin":
        abort(403)
    return {"rentals": []}
