from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/continue")
def continue_to():
    url = request.args.get("url", "https://carhire.example/")
    host = urlparse(url).netloc
    if not host.endswith("carhire.example"):
        abort(400)
    return redirect(url)
