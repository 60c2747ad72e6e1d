import os

import jwt
from flask import Flask, request

app = Flask(__name__)
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


@app.get("/api/bags/override")
def override():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="baggage-api")
    except jwt.PyJWTError:
        return {"error": "unauthorized"}, 401
    if claims.get("role") != "supervisor":
        return {"error": "forbidden"}, 403
    return {"override": "granted"}
