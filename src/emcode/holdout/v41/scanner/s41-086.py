import re

from flask import Flask, redirect, request

app = Flask(__name__)

TRUSTED = "pay.fundmyidea.com"
trusted_re = re.compile(r"https?://" + TRUSTED)


@app.route("/pledge/return")
def pledge_return():
    nxt = request.args.get("next", "/")
    if trusted_re.match(nxt):
        return redirect(nxt)
    return redirect("/")
