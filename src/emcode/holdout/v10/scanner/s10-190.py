from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)


@app.route("/go")
def go():
    dest = request.args.get("u", "")
    host = urlparse(dest).netloc
    if host.endswith("example.com"):
        return redirect(dest)
    abort(400)
