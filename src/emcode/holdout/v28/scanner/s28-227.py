import datetime
import os

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
KEY = os.environ["JWT_SECRET"]


def issue(teacher_code):
    now = datetime.datetime.now(datetime.timezone.utc)
    return jwt.encode({"sub": teacher_code, "iat": now, "exp": now + datetime.timedelta(hours=8)}, KEY,
                      algorithm="HS256")


@app.get("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"])
    except jwt.PyJWTError:
        abort(401)
    return jsonify({"teacher": claims["sub"]})
