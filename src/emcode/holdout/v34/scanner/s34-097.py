import re

from flask import Flask, redirect, request

app = Flask(__name__)
PARTNER_HOSTS = ["stream.esports-league.example", "vod.esports-league.example"]
partner_re = re.compile("https?://(" + "|".join(PARTNER_HOSTS) + ")")


@app.route("/watch")
def watch():
    target = request.args.get("to", "")
    if partner_re.match(target):
        return redirect(target)
    return redirect("/")
