from flask import Flask, request
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
users = MongoClient("mongodb://localhost:27017")["shop"]["users"]


@app.post("/api/login")
def api_login():
    body = request.get_json(silent=True) or {}
    email, password = body.get("email"), body.get("password")
    if not isinstance(email, str) or not isinstance(password, str):
        return {"ok": False}, 400
    user = users.find_one({"email": email})
    if not user or not check_password_hash(user["password_hash"], password):
        return {"ok": False}, 401
    return {"ok": True, "id": str(user["_id"])}
