import re
from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)

PARTNER_DOMAIN = "api.partner.com"
HOST_RE = re.compile(re.escape(PARTNER_DOMAIN))


@app.route("/hooks/register", methods=["POST"])
def register_hook():
    target = request.json.get("url", "")
    parts = urlparse(target)
    if parts.scheme != "https" or not parts.hostname or not HOST_RE.fullmatch(parts.hostname):
        abort(400, "target must be on the partner domain")
    requests.post(target, json={"event": "registered"}, timeout=5)
    return {"ok": True}
