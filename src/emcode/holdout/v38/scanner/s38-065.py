import os
from functools import wraps

import jwt
from flask import Flask, g, request

app = Flask(__name__)
KEY = os.environ["JWT_SECRET"]


def require_token(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return {"error": "missing token"}, 401
        try:
            g.claims = jwt.decode(auth[7:], KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
        except jwt.PyJWTError:
            return {"error": "invalid token"}, 401
        return fn(*a, **kw)
    return wrapper


@app.route("/my/passes")
@require_token
def my_passes():
    return {"user": g.claims["sub"], "passes": []}
