import re
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.config["APP_DOMAIN"] = "tickets.example.com"


def safe_next(url):
    allowed = re.compile(r"https://" + app.config["APP_DOMAIN"])
    return bool(allowed.match(url))


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    nxt = request.form.get("next", "/")
    if safe_next(nxt):
        return redirect(nxt)
    return redirect("/")
