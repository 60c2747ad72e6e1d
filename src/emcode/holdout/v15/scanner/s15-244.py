import re
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
TRUSTED = "example.com"
host_re = re.compile(r"(www\.)?" + re.escape(TRUSTED))


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme not in ("", "https"):
        return "blocked", 400
    if parts.netloc and not host_re.fullmatch(parts.netloc):
        return "blocked", 400
    if not parts.netloc and not target.startswith("/"):
        return "blocked", 400
    if target.startswith("//") or "\\" in target:
        return "blocked", 400
    return redirect(target)
