import re

from flask import Flask, redirect, request

app = Flask(__name__)
BASE_DOMAIN = "shop.example.org"
ALLOWED_RE = re.compile(r"^https://([a-z0-9-]+\.)*" + re.escape(BASE_DOMAIN) + r"(/|$)")


@app.route("/continue")
def cont():
    url = request.args.get("to", "")
    if not ALLOWED_RE.match(url):
        url = "/"
    return redirect(url)
