import functools
import os

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
with open(os.environ["AUTH_PUBLIC_KEY_FILE"]) as fh:
    PUBLIC_KEY = fh.read()


def require_token(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            abort(401)
        try:
            g.claims = jwt.decode(auth[7:], PUBLIC_KEY, algorithms=["RS256"], audience="meter-api")
        except jwt.InvalidTokenError:
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


@app.route("/api/my-meters")
@require_token
def my_meters():
    return jsonify(account=g.claims["sub"], meters=[])
