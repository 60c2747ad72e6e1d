import bcrypt
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json(silent=True) or {}
    username = data.get("username")
    password = data.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return {"ok": False}, 400
    user = users.find_one({"username": username})
    if user is None or not bcrypt.checkpw(password.encode(), user["pw_hash"]):
        return {"ok": False}, 401
    return {"ok": True, "id": str(user["_id"])}
