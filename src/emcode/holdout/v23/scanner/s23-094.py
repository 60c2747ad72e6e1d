import os
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).homeauto


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = db.users.find_one({"username": body.get("username"), "password": body.get("password")})
    if user:
        return jsonify(ok=True, user=user["username"])
    return jsonify(ok=False), 401
