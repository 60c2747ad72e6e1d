import os

from flask import Flask, request, jsonify
from jose import jwt

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.get("/profile")
def profile():
    token = request.headers.get("Authorization", "")[7:]
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, KEY, algorithms=[header["alg"], "none"])
    return jsonify(user=claims["sub"])
