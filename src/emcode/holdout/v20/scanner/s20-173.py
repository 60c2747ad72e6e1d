from urllib.parse import urlparse

from flask import Flask, request, redirect, abort

app = Flask(__name__)
PARTNERS = {"partner-a.example.net", "partner-b.example.net"}


@app.route("/out")
def outbound():
    url = request.args.get("url", "")
    host = urlparse(url).hostname
    if urlparse(url).scheme != "https" or host not in PARTNERS:
        abort(400)
    return redirect(url)
