import os
import jwt
from functools import wraps
from flask import Flask, request, jsonify, g

app = Flask(__name__)
KEY = os.environ["JWT_SECRET"]


def require_admin(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            claims = jwt.decode(token, KEY, algorithms=["HS256"])
        except jwt.InvalidTokenError:
            return jsonify(error="unauthorized"), 401
        if claims.get("role") != "admin":
            return jsonify(error="forbidden"), 403
        g.user = claims["sub"]
        return fn(*a, **kw)
    return wrapper


@app.route("/admin/refunds", methods=["POST"])
@require_admin
def refund():
    return jsonify(ok=True, by=g.user)
