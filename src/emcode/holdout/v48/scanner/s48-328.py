import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
JWT_KEY = os.environ["CINEMA_JWT_KEY"]


@app.get("/admin/screens")
def admin_screens():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], JWT_KEY, algorithms=["HS256"])
    except jwt.PyJWTError:
        abort(401)
    if claims.get("role") != "projectionist":
        abort(403)
    return {"screens": [1, 2, 3]}
