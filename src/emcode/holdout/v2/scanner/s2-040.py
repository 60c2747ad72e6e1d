import secrets

from flask import Flask, make_response, request

from .accounts import verify_password

app = Flask(__name__)
SESSIONS: dict[str, str] = {}


@app.post("/login")
def login():
    user = request.form["user"]
    if not verify_password(user, request.form.get("password", "")):
        return {"ok": False}, 401
    sid = secrets.token_hex(16)
    SESSIONS[sid] = user
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid)
    return resp
