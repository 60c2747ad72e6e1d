import re
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
PARTNER_HOSTS = ["seedsavers.example.org", "genebank.example.net"]
HOST_RE = re.compile("|".join(re.escape(h) for h in PARTNER_HOSTS))


@app.route("/out")
def out():
    url = request.args.get("u", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or not HOST_RE.fullmatch(parts.hostname or ""):
        abort(400)
    return redirect(url)
