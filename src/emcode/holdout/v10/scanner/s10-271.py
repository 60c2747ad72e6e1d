import ipaddress
import socket
from urllib.parse import urlparse
import requests
from flask import Flask, request

app = Flask(__name__)


def is_public(host: str) -> bool:
    for info in socket.getaddrinfo(host, 443):
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global:
            return False
    return True


@app.route("/integrations/test", methods=["POST"])
def test_webhook():
    url = request.form["endpoint"]
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname or not is_public(parts.hostname):
        return {"ok": False, "error": "endpoint must be a public https URL"}, 400
    r = requests.get(url, timeout=5, allow_redirects=False)
    return {"ok": r.ok, "status": r.status_code}
