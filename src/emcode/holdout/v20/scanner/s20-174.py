import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


def is_public(host):
    for info in socket.getaddrinfo(host, 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            return False
    return True


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    p = urlparse(url)
    if p.scheme != "https" or not p.hostname or not is_public(p.hostname):
        abort(400)
    r = requests.get(url, timeout=5, allow_redirects=False)
    title = r.text.split("<title>", 1)[-1].split("</title>", 1)[0][:200] if "<title>" in r.text else ""
    return jsonify({"status": r.status_code, "title": title})
