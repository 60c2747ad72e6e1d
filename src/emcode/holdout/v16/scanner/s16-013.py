import secrets
from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    sid = secrets.token_hex(16)
    SESSIONS[sid] = request.form["user"]
    resp = make_response("logged in")
    resp.set_cookie("sid", sid, secure=False, httponly=False)
    return resp
