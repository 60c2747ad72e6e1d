import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CORS(app, origins=["https://app.example.com"], supports_credentials=True)


@app.route("/api/me")
def me():
    return jsonify({"user": session.get("user")})
