from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://localhost:27017")["shop"]["users"]


@app.post("/api/login")
def api_login():
    body = request.get_json()
    user = users.find_one({"email": body.get("email"), "password_hash": body.get("password_hash")})
    if not user:
        return {"ok": False}, 401
    return {"ok": True, "id": str(user["_id"])}
