from flask import Flask, request, redirect, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/logout")
def logout():
    session.clear()
    return_to = request.args.get("return_to") or "/"
    return redirect(return_to)


@app.route("/")
def index():
    return "home"
