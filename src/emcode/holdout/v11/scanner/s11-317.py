import os
import secrets

from flask import Flask, request, redirect, session, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
PAGES = {"billing": "/billing", "settings": "/settings", "home": "/"}


@app.route("/oauth/start")
def oauth_start():
    session["oauth_state"] = secrets.token_urlsafe(24)
    session["after_login"] = PAGES.get(request.args.get("page", "home"), "/")
    return redirect("https://idp.example.com/authorize?state=" + session["oauth_state"])


@app.route("/oauth/callback")
def oauth_callback():
    if not secrets.compare_digest(request.args.get("state", ""), session.pop("oauth_state", "")):
        abort(400)
    return redirect(session.pop("after_login", "/"))
