import bcrypt
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient().app.users

@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    name, password = str(body.get("name", "")), str(body.get("password", ""))
    user = users.find_one({"name": name})
    ok = user is not None and bcrypt.checkpw(password.encode(), user["pw_hash"])
    return {"ok": ok}
