import os
from jose import jwt, JWTError
from flask import Flask, request, jsonify

app = Flask(__name__)
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_PATH"]).read()


@app.route("/api/registry/publish", methods=["POST"])
def publish():
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="registry", issuer="https://auth.example.org")
    except JWTError:
        return jsonify(error="invalid token"), 401
    return jsonify(publisher=claims["sub"])
