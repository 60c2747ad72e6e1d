from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
PARTNERS = {"shop.inkhouse-tattoo.com", "aftercare.inkhouse-tattoo.com"}


@app.route("/out")
def outbound():
    target = request.args.get("to", "")
    parts = urlsplit(target)
    if parts.scheme != "https" or parts.hostname not in PARTNERS:
        abort(400)
    return redirect(target)
