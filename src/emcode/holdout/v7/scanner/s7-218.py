import os
import bcrypt
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient(os.environ["MONGO_URL"]).shop.users


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json(silent=True) or {}
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify(ok=False), 400
    user = users.find_one({"username": username})
    if not user or not bcrypt.checkpw(password.encode(), user["password_hash"]):
        return jsonify(ok=False), 401
    return jsonify(ok=True, id=str(user["_id"]))
