import secrets

from flask import Flask, jsonify

app = Flask(__name__)
TOKENS = set()


@app.post("/pilots/session")
def new_session():
    token = secrets.token_hex(32)
    TOKENS.add(token)
    return jsonify(token=token, expires_in=36