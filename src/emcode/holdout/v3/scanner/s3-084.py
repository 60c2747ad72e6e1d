from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    user = users.find_one({"username": data["username"], "password": data["password"]})
    if user is None:
        return {"ok": False}, 401
    return {"ok": True, "id": str(user["_id"])}
