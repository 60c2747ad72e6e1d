from flask import Flask, request, redirect, session
import os

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]


@app.route("/after-login")
def after_login():
    if "user" not in session:
        return redirect("/login")
    return redirect(request.args.get("next", "/"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.args.get