import re
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]

SITE = "example.com"
allowed = re.compile(SITE)


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    target = request.args.get("next", "/")
    if allowed.search(target):
        return redirect(target)
    return redirect("/")
