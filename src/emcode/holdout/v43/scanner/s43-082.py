import os

import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
JWT_KEY = os.environ["JWT_PUBLIC_KEY"]


@app.get("/me/bookings")
def my_bookings():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["RS256"], audience="gym-api")
    except jwt.InvalidTokenError:
        return jsonify(error="unauthorized"), 401
    return jsonify(member=claims["sub"], bookings=[])
