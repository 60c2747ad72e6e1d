import re
from flask import Flask, request, redirect

app = Flask(__name__)
DOMAIN = "accounts.example.com"
rx = re.compile("https?://" + DOMAIN)


@app.route("/sso/return")
def sso_return():
    target = request.args.get("target", "/")
    if rx.match(target):
        return redirect(target)
    return redirect("/home?err=bad_tar