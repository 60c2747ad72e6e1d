import re
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
TRUSTED = "example.com"
HOST_RE = re.compile(r"(?:www\.)?" + re.escape(TRUSTED))

@app.route("/go")
def go():
    target = request.args.get("next", "/")
    host = urlparse(target).hostname or ""
    if HOST_RE.fullmatch(host):
        return redirect(target)
    return redirect("/")
