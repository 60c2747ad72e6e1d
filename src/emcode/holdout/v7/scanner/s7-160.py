from flask import Flask, request, jsonify
from pymongo import MongoClient
import os

app = Flask(__name__)
users = MongoClient(os.environ["MONGO_URL"]).shop.users


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"username": body.get("username"), "password_hash": body.get("password_hash")})
    if not user:
        return jsonify(ok=False), 401
    return jsonify(ok=True, id=str(user["_id"]))
