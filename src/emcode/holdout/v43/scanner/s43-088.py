import secrets
import string

from flask import Flask, jsonify

app = Flask(__name__)
ALPHABET = string.ascii_uppercase + string.digits


@app.post("/invites/code")
def new_invite_code():
    code = "".join(secrets.choice(ALPHABET) for _ in range(10))
    return jsonify(code=code)
