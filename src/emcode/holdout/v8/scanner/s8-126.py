import secrets

from flask import Flask, make_response, request

from .auth import verify

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    if not verify(request.form["user"], request.form["password"]):
        return "bad login", 401
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = request.form["user"]
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, secure=False, httponly=False)
    return resp
