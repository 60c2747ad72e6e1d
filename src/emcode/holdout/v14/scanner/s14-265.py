from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
DOMAIN = "example.com"


def trusted(url: str) -> bool:
    p = urlparse(url)
    if not p.netloc:
        return url.startswith("/") and not url.startswith("//")
    host = (p.hostname or "").lower()
    return p.scheme == "https" and (host == DOMAIN or host.endswith("." + DOMAIN))


@app.route("/sso/return")
def sso_return():
    dest = request.args.get("return_to", "/")
    return redirect(dest if trusted(dest) else "/")
