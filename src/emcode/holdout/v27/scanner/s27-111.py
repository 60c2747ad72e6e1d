import os
from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins=["https://app.seedbank.example"], supports_credentials=True)


@app.route("/api/me")
def me():
    return {"user": session.get("user")}
