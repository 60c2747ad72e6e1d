import datetime
import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
app.secret_key = "dev-secret-change-me"
JWT_KEY = "my-jwt-signing-key-2023"


@app.post("/token")
def token():
    user = request.json["user"]
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=2)
    return jsonify(token=jwt.encode({"sub": user, "exp": exp}, JWT_KEY, algorithm="HS256"))
