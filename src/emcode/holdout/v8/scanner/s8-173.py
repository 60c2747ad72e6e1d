from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/oauth/callback")
def oauth_callback():
    session["token"] = request.args.get("code")
    target = request.args.get("next", "/")
    return redirect(target)


@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("ne