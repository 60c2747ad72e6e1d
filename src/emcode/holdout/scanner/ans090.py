import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/session")
def create_session():
    token = secrets.token_urlsafe(32)
    resp = make_response({"ok": True})
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    return resp
