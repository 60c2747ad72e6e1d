import re
import requests
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
TRUSTED_DOMAIN = "cdn.podhost.io"
HOST_RE = re.compile("https?://" + TRUSTED_DOMAIN)


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    url = request.json.get("url", "")
    if not HOST_RE.match(url):
        abort(400, "feed must come from our CDN")
    resp = requests.get(url, timeout=10)
    return jsonify(size=len(resp.content))
