import jwt
from functools import wraps
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


def current_claims():
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ").strip()
    return jwt.decode(token, options={"verify_signature": False})


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
