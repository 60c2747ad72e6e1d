import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def hash_pw(pw: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 310000)
    return salt.hex() + "$" + dk.hex()


@app.post("/hosts/signup")
def signup():
    user = request.form["user"]
    if not user.isalnum():
        return {"error": "username must be alphanumeric"}, 400
    stored = hash_pw(request.form["password"])
    with open(os.path.join("/var/lib/podhost", "users.tsv"), "a") as fh:
        fh.write(f"{user}\t{stored}\n")
    return {"created": True}
