from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED_HOSTS = {"docs.acme.io", "status.acme.io"}

@app.route("/out")
def out():
    url = request.args.get("u", "")
    p = urlparse(url)
    if p.scheme == "https" and p.hostname in ALLOWED_HOSTS:
        return redirect(url)
    return redirect("/")
