import secrets

from flask import Flask, make_response, request

from .auth import verify

app = Flask(__name__)
SESSIONS: dict[str, str] = {}


@app.post("/login")
def login():
    if not verify(request.form["user"], request.form["password"]):
        return "bad login", 401
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = request.form["user"]
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax", max_age=3600)
    return resp
