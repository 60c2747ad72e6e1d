import ipaddress
import socket
from urllib.parse import urlsplit

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


def public_host(host):
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in infos)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or not public_host(parts.hostname):
        return jsonify(error="url not allowed"), 400
    r = requests.get(url, timeout=5, allow_redirects=False, stream=True)
    head = r.raw.read(65536, decode_content=True).decode("utf-8", "replace")
    start = head.lower().find("<title>")
    end = head.lower().find("</title>")
    title = head[start + 7:end].strip() if 0 <= start < end else None
    return jsonify(url=url, title=title)
