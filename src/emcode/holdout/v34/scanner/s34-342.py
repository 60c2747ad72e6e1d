from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
RETURN_HOSTS = {"permits.city.example", "staff.permits.city.example"}


@app.route("/oauth/done")
def oauth_done():
    back = request.args.get("return", "https://permits.city.example/")
    parts = urlsplit(back)
    if parts.scheme != "https" or parts.hostname not in RETURN_HOSTS:
        abort(400)
    return redirect(back)
