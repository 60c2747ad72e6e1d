from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_HOSTS = {"app.example.com"}

@app.route("/go")
def go():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if not parts.netloc and target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if parts.scheme == "https" and parts.hostname in TRUSTED_HOSTS:
        return redirect(target)
    abort(400)
