from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
PARTNERS = {"shop.example.com", "docs.example.com"}


@app.get("/out")
def outbound():
    target = request.args.get("url", "/")
    host = urlparse(target).hostname
    if host not in PARTN