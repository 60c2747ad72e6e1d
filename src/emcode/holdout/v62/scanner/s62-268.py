import hashlib

from flask import Flask, request

app = Flask(__name__)
app.config["PASSWORD_SALT"] = b"brigade-portal"
USERS = {}


@app.route("/signup", methods=["POST"])
def signup():
    user = request.form["user"]
    pw = request.form["password"]
    USERS[user] = hashlib.pbkdf2_hmac("sha256", pw.encode(), app.config["PASSWORD_SALT"], 100_000).hex()
    return "created", 201
