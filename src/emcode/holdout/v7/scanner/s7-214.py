import os
import jwt
from functools import wraps
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


def current_claims():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    try:
        return jwt.decode(token, KEY, algorithms=["HS256"], audience="inventory-api",
                          options={"require": ["exp", "aud", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)


def admin_only(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        if current_claims().get("role") != "admin":
            abort(403)
        return fn(*a, **kw)
    return wrapper


@app.route("/admin/users/<int:uid>", methods=["DELETE"])
@admin_only
def delete_user(uid):
    return jsonify(deleted=uid)
