import os

from flask import Flask, session, jsonify
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins=["https://app.example.com"], supports_credentials=True)


@app.route("/api/account")
def account():
    return jsonify(user=session.get("uid"), plan=session.get("plan", "free"))
