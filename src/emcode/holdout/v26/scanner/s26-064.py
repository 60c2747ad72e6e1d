import os
import secrets
from flask import Flask, make_response, request, abort
from .auth import verify_pin

app = Flask(__name__)
SESSIONS: dict[str, str] = {}


@app.post("/proctor/login")
def proctor_login():
    if not verify_pin(request.form.get("proctor_id", ""), request.form.get("pin", "")):
        abort(401)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = request.form["proctor_id"]
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Strict", max_age=3600)
    return resp
