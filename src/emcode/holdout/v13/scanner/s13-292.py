from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
ROOT = "acme.io"

def same_site(url):
    p = urlparse(url)
    host = (p.hostname or "").lower()
    return p.scheme == "https" and (host == ROOT or host.endswith("." + ROOT))

@app.route("/sso/done")
def done():
    target = request.args.get("return", "/")
    return redirect(target if same_site(target) else "/")
