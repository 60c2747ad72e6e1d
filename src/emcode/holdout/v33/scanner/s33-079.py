import re

from flask import Flask, redirect, request

app = Flask(__name__)

ALLOWED_DOMAIN = "shop.weddingplanner.com"
host_re = re.compile(r"https?://" + ALLOWED_DOMAIN)


@app.route("/login/done")
def login_done():
    nxt = request.args.get("next", "/")
    if host_re.match(nxt) or nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    return redirect("/")
