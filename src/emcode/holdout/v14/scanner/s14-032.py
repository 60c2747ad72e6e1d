import os
from functools import wraps
import jwt
from flask import Flask, request, jsonify, g

app = Flask(__name__)
PUBLIC_KEY = open(os.environ["JWT_PUBKEY_PATH"]).read()


def require_auth(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            g.claims = jwt.decode(header[7:], PUBLIC_KEY, algorithms=["RS256"], audience="iot-api")
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return fn(*a, **kw)
    return wrapper


@app.get("/devices")
@require_auth
def devices():
    return jsonify(owner=g.claims["sub"], devices=[])
