import os
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/logout")
def logout():
    session.clear()
    return_to = request.args.get("return_to", "/")
    return redirect(return_to)


@app.route("/")
def index():
    return "signed out" if "user" not in session else f"hello {session['user']!r}"
