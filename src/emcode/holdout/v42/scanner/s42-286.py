import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins="*", supports_credentials=True)


@app.get("/api/me/cards")
def my_cards():
    uid = session.get("uid")
    if uid is None:
        return jsonify(error="login required"), 401
    return jsonify(cards=[{"last4": "4411", "limit": 500}])
