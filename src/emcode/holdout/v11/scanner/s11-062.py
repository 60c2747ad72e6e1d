import secrets
import time

from flask import Flask, request, jsonify

app = Flask(__name__)
RESETS = {}


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESETS[token] = (email, time.time() + 3600)
    return jsonify(sent=True)
