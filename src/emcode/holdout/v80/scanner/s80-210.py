import secrets

from flask import Flask, make_response, request

from .auth import verify

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    user = verify(request.form["email"], request.form["password"])
    if not user:
        return {"error": "invalid"}, 401
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax", max_age=3600)
    return resp
