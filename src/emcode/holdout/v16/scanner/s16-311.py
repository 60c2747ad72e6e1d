import secrets
from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS: dict[str, str] = {}


@app.post("/login")
def login():
    sid = secrets.token_hex(16)
    SESSIONS[sid] = request.form["user"]
    resp = make_response("logged in")
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax", max_age=3600)
    return resp
