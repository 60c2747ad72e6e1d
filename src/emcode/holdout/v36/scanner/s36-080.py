import hashlib

from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.post("/players")
def create_player():
    name = request.form["name"]
    salt = hashlib.sha256(name.lower().encode()).digest()[:16]
    USERS[name] = hashlib.scrypt(request.form["password"].encode(), salt=salt, n=2**14, r=8, p=1).hex()
    return {"created": name}, 201
