from urllib.parse import urlparse
from flask import Flask, redirect, request, abort

app = Flask(__name__)
PARTNERS = {"shop.partner.com", "docs.example.com"}


@app.route("/out")
def outbound():
    target = request.args.get("url", "")
    host = urlparse(target).hostname
    if host not in PART