import os
import secrets
import hmac
from flask import Flask, session, request, abort

app = Flask(__name__)
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_SECURE=True)


@app.before_request
def check_csrf():
    if request.method == "POST":
        token = session.get("csrf", "")
        if not token or not hmac.compare_digest(token, request.form.get("csrf", "")):
            abort(403)


@app.get("/settings")
def settings():
    session.setdefault("csrf", secrets.token_urlsafe(32))
    return {"csrf": session["csrf"]}


@app.post("/settings")
def save_settings():
    return "", 204
