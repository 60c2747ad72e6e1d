from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/")
    session["seen_welcome"] = True
    return redirect(
