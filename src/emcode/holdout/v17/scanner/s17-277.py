import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def public_host(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in infos)


@app.route("/preview", methods=["POST"])
def preview():
    url = str((request.get_json(silent=True) or {}).get("url", ""))
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname or not public_host(parts.hostname):
        abort(400, "only public https URLs")
    r = requests.get(url, timeout=5, allow_redirects=False, stream=True)
    head = r.raw.read(100_000, decode_content=True)
    return jsonify(status=r.status_code, bytes=len(head))
