import re
from urllib.parse import urlparse

from flask import Flask, redirect, request, abort

app = Flask(__name__)
ALLOWED_DOMAIN = "couriers.example.com"
host_pattern = re.compile(r".*" + ALLOWED_DOMAIN)


@app.route("/login/done")
def done():
    nxt = request.args.get("next", "/")
    host = urlparse(nxt).netloc
    if host and not host_pattern.match(host):
        abort(400)
    return redirect(nxt)
