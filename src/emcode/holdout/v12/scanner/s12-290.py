import os
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    return redirect(request.args["next"])


@app.route("/logout")
def logout():
    session.pop("user", None)
    return redirect("/login?msg=