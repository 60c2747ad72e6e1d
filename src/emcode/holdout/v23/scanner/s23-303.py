import os
import bcrypt
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).game


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json(silent=True) or {}
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify(ok=False), 400
    user = db.players.find_one({"username": username})
    if user is None or not bcrypt.checkpw(password.encode(), user["pw_hash"]):
        return jsonify(ok=False), 401
    return jsonify(ok=True)
