from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
PARTNER_HOSTS = {"stream.esports-league.example", "vod.esports-league.example"}


@app.route("/watch")
def watch():
    target = request.args.get("to", "")
    parsed = urlparse(target)
    if parsed.scheme in ("http", "https") and parsed.hostname in PARTNER_HOSTS:
        return redirect(target)
    return redirect("/")
