import os
from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com", "https://admin.example.com"]}},
     supports_credentials=True)


@app.route("/api/profile")
def profile():
    return jsonify(user=session.get("user"))
