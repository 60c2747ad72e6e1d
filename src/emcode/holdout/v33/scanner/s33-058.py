from flask import Flask, redirect, request, session, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    # ... password check omitted for brevity in this example ...
    session["user"] = user
    return redirect(request.args.get("next") or url_for("index"))


@app.route("/")
def index():
    return "home"
