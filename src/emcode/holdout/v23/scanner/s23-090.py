import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


def is_public_https(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


@app.route("/integrations/test-webhook", methods=["POST"])
def test_webhook():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not is_public_https(url):
        return jsonify(error="webhook must be a public https URL"), 400
    resp = requests.post(url, json={"ping": True}, timeout=5, allow_redirects=False)
    return jsonify(status=resp.status_code)
