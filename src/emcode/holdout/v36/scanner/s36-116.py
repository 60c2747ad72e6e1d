import secrets
import time

from flask import Flask, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    from .auth import check
    if not check(request.form["user"], request.form["password"]):
        return {"ok": False}, 401
    token = secrets.token_hex(32)
    SESSIONS[token] = (request.form["user"], time.time())
    return {"ok": True, "tok