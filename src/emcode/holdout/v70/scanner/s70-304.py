import hashlib
from flask import Flask, request

app = Flask(__name__)
ACCOUNTS = {}


@app.post("/skaters/register")
def register_skater():
    name = request.form["username"]
    pw = request.form["password"]
    ACCOUNTS[name] = hashlib.sha256((name + pw).encode()).hexdigest()
    return {"registered": name}
