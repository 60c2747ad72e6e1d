import hashlib
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    email = request.form["email"].lower()
    pw = request.form["password"]
    USERS[email] = hashlib.pbkdf2_hmac("sha256", pw.encode(), email.encode(), 150000).hex()
    return {"ok": True}, 201
