import datetime
import os
import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
JWT_KEY = os.environ["JWT_SIGNING_KEY"]


@app.post("/token")
def token():
    user = str(request.json["user"])
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=2)
    return jsonify(token=jwt.encode({"sub": user, "exp": exp}, JWT_KEY, algorithm="HS256"))
