import secrets
from flask import Flask, make_response

app = Flask(__name__)
SESSIONS = {}


@app.route("/start")
def start():
    sid = secrets.token_hex(32)
    SESSIONS[sid] = {}
    resp = make_response("started")
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite=