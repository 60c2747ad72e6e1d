import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins=["https://my.citylibrary.org"], supports_credentials=True)


@app.get("/api/me")
def me():
    return jsonify(member=session.get("member_id"))
