import re
import requests
from flask import Flask, request, Response, abort

app = Flask(__name__)
CDN = "cdn.acme.net"
ALLOWED = re.compile(f"https://{CDN}")

@app.route("/proxy")
def proxy():
    url = request.args.get("url", "")
    if not ALLOWED.match(url):
        abort(403)
    r = requests.get(url, timeout=5)
    return Response(r.content, mimetype=r.headers.get("Content-Type"))
