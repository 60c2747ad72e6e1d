from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    if "member_id" not in session:
        return redirect(url_for("login"))
    return redirect(request.args.get("next", "/"))


@app.route("/login")
def login():
    return "login page"
