import hashlib
import os

from flask import Flask, request

app = Flask(__name__)
SALT = b"podhost-2024"


def hash_pw(pw: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 310000).hex()


@app.post("/hosts/signup")
def signup():
    user = request.form["user"]
    stored = hash_pw(request.form["password"])
    with open(os.path.join("/var/lib/podhost", "users.tsv"), "a") as fh:
        fh.write(f"{user}\t{stored}\n")
    return {"created": True}
