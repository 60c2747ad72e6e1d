import os

import jwt
from flask import Flask, request

app = Flask(__name__)


@app.get("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    return {"user": claims["sub"]}
