import datetime as dt
import os

import jwt
from flask import Flask, jsonify, request
from werkzeug.security import check_password_hash

from users import get_user

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.post("/token")
def token():
    user = get_user(request.form.get("username", ""))
    if user is None or not check_password_hash(user.pw_hash, request.form.get("password", "")):
        return jsonify(error="invalid credentials"), 401
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user.id), "iat": now, "exp": now + dt.timedelta(minutes=15)}
    return jsonify(access_token=jwt.encode(claims, SECRET, algorithm="HS256"))
