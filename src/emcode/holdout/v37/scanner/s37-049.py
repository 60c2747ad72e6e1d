import bcrypt
from flask import Flask, request, jsonify

app = Flask(__name__)
USERS = {}


@app.post("/register")
def register():
    username = request.form["username"]
    hashed = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt())
    USERS[username] = hashed
    return jsonify(created=usern