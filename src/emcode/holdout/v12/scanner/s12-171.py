import ipaddress
import re
import socket
from urllib.parse import urlparse
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def public_https(url):
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


@app.route("/chat/unfurl", methods=["POST"])
def unfurl():
    url = request.get_json(force=True).get("url", "")
    if not public_https(url):
        return jsonify(error="url not allowed"), 400
    resp = requests.get(url, timeout=5, allow_redirects=False)
    m = TITLE.search(resp.text[:100000])
    title = m.group(1).strip() if m else None
    return jsonify(url=url, status=resp.status_code, title=title)
