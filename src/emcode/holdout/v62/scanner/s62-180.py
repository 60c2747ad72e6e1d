import os

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
JWT_KEY = os.environ["JWT_PUBLIC_KEY"]


@app.route("/me/bookings")
def my_bookings():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], JWT_KEY, algorithms=["RS256"], audience="karaoke-bookings")
    except jwt.InvalidTokenError:
        abort(401)
    return jsonify(user=claims["sub"], bookings=[])
