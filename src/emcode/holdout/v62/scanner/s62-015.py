import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins=["https://shop.risecrumb.co.uk"], supports_credentials=True)


@app.route("/api/subscription")
def subscription():
    return jsonify(user=session.get("user"), plan="weekly-rye")
