import re
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED = "example.com"
HOST_RX = re.compile(r"(www\.)?" + re.escape(ALLOWED))

@app.route("/go")
def go():
    target = request.args.get("url", "/")
    parts = urlparse(target)
    if parts.scheme in ("http", "https") and parts.hostname and HOST_RX.fullmatch(parts.hostname):
        return redirect(target)
    return redirect("/")
