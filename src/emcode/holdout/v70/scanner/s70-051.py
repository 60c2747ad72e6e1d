import os
import jwt
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["JWT_PUBLIC_KEY"]


@app.get("/me")
def me():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], KEY, algorithms=["RS256"], audi