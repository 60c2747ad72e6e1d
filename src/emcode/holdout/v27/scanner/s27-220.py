import os
from flask import Flask, request, session, redirect, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/oauth/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400)
    dest = session.pop("after_login", "/")
    if not dest.startswith("/") or dest.startswith("//"):
        dest = "/"
    return redirect(dest)
