from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/oauth/authorize")
def authorize():
    redirect_uri = request.args["redirect_uri"]
    if not urlparse(redirect_uri).netloc.endswith("esportsleague.gg"):
        abort(400)
    code = "issued-later"
    return redirect(f"{redirect_uri}?code={code}")
