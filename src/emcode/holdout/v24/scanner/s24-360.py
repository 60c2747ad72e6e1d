import ipaddress
import socket
from urllib.parse import urlsplit

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


def _public_host(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


@app.post("/preview")
def preview():
    url = (request.get_json(silent=True) or {}).get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or not _public_host(parts.hostname):
        return jsonify(error="url not allowed"), 400
    r = requests.get(url, timeout=5, allow_redirects=False, stream=True)
    head = r.raw.read(65536, decode_content=True)
    return jsonify(status=r.status_code, bytes=len(head))
