import re

from flask import Flask, redirect, request

app = Flask(__name__)

TRUSTED = "shop.example.com"
HOST_RE = re.compile(r"https?://" + TRUSTED)


@app.route("/login/done")
def login_done():
    nxt = request.args.get("next", "/")
    if HOST_RE.match(nxt):
        return redirect(nxt)
    return redirect("/")
