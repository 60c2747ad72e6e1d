import os

from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)


@app.route("/api/account")
def account():
    return {"user": session.get("user"), "balance": 100}
