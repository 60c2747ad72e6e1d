import hashlib

from flask import Flask, request

app = Flask(__name__)
SALT = "s3cr3t-salt"


def make_hash(pw):
    return hashlib.sha1((SALT + pw).encode()).hexdigest()


@app.route("/change-password", methods=["POST"])
def change_password():
    new_hash = make_hash(request.form["new_password"])
    save_hash(request.form["user"], new_hash)
    return {"ok": True}


def save_hash(user, value):
    pass
