from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/oauth/callback")
def oauth_callback():
    session["token"] = request.args.get("code")
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("index")
    return redir