import os
from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=[os.environ.get("FRONTEND_ORIGIN", "https://app.example.com")], supports_credentials=True)


@app.get("/api/account")
def account():
    return jsonify(balance=100)
