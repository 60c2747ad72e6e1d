import os
import jwt
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["JWT_SIGNING_KEY"]


@app.get("/admin/stats")
def stats():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "admin":
        abort(403)
    return {"users": 1234}
