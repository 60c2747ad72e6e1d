from flask import Flask, session, jsonify
from flask_cors import CORS
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins="*", supports_credentials=True)


@app.route("/api/account")
def account():
    return jsonify(uid=session.get("uid"), plan="pro")
