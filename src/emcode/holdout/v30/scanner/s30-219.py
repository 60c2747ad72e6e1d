from flask import Flask, redirect, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    user = request.form["email"]
    session["user"] = user
    target = request.args.get("next", "/dashboard")
    return redirect(target)
