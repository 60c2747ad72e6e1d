from flask import Flask, redirect, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    target = request.args.get("next", "/")
    return redirect(target)
