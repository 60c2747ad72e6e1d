import re
from urllib.parse import urlsplit

from flask import Flask, redirect, request

app = Flask(__name__)

TRUSTED = "pay.fundmyidea.com"
trusted_re = re.compile(re.escape(TRUSTED))


@app.route("/pledge/return")
def pledge_return():
    nxt = request.args.get("next", "/")
    parts = urlsplit(nxt)
    if parts.scheme == "https" and trusted_re.fullmatch(parts.hostname or ""):
        return redirect(nxt)
    return redirect("/")
