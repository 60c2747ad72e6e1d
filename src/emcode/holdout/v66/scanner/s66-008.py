import bcrypt
from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    pw = request.form["password"].encode()
    hashed = bcrypt.hashpw(pw, bcrypt.gensalt())
    save_user(request.form["email"], hashed)
    return {"ok": Tr