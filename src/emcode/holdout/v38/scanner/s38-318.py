import re

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED = "passes.snowpeak.com"
HOST_RE = re.compile(r"https?://" + ALLOWED)


@app.route("/continue")
def cont():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    if HOST_RE.match(nxt):
        return redirect(nxt)
    abort(400)
