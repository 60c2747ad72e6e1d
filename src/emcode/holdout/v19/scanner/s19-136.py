import os
from flask import Flask, session, jsonify
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
FRONTENDS = ["https://app.example.com", "https://admin.example.com"]
CORS(app, origins=FRONTENDS, supports_credentials=True)


@app.route("/api/account")
def account():
    return jsonify(uid=session.get("uid"), plan="pro")
