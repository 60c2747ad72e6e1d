import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED = "example.com"
HOST_RE = re.compile(r"https?://(www\.)?" + TRUSTED)


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if HOST_RE.match(target):
        return redirect(target)
    abort(400)
