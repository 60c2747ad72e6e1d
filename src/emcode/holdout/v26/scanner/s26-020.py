from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED = {"tenantportal.io", "www.tenantportal.io"}


@app.get("/continue")
def cont():
    target = request.args.get("url", "/")
    parsed = urlparse(target)
    if parsed.scheme == "https" and parsed.hostname in ALLOWED:
        return redirect(target)
    return redirect("/")
