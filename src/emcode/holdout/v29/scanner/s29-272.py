import functools
import os

import jwt
from flask import Flask, request, abort, g, jsonify

app = Flask(__name__)
with open(os.environ["JWT_PUBLIC_KEY_FILE"], "rb") as fh:
    PUBLIC_KEY = fh.read()


def require_token(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            abort(401)
        try:
            g.claims = jwt.decode(auth[7:], PUBLIC_KEY, algorithms=["RS256"], audience="hub-api")
        except jwt.InvalidTokenError:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/api/devices")
@require_token
def devices():
    return jsonify(owner=g.claims["sub"], devices=[])
