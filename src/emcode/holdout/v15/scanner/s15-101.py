import os
from functools import wraps

import jwt
from flask import Flask, g, request

app = Flask(__name__)
KEY = os.environ["JWT_SECRET"]


def auth_required(fn):
    @wraps(fn)
    def inner(*a, **kw):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            g.claims = jwt.decode(token, KEY, algorithms=["HS256"])
        except jwt.PyJWTError:
            return {"error": "unauthorized"}, 401
        return fn(*a, **kw)
    return inner


@app.route("/admin/users")
@auth_required
def admin_users():
    if "admin" not in g.claims.get("roles", []):
        return {"error": "forbidden"}, 403
    return {"users": ["ada", "linus"]}
