import os
import secrets
import hmac
from flask import Flask, redirect, request, session, abort

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/login")
def login():
    session["oauth_state"] = secrets.token_urlsafe(24)
    nxt = request.args.get("next", "/")
    session["after_login"] = nxt if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt else "/"
    return redirect("https://id.example.com/authorize?client_id=museum&state=" + session["oauth_state"])


@app.route("/callback")
def callback():
    expected = session.pop("oauth_state", None)
    got = request.args.get("state", "")
    if expected is None or not hmac.compare_digest(expected, got):
        abort(400)
    return redirect(session.pop("after_login", "/"))
