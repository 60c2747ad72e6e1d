import re

import requests
from flask import Flask, request, abort

app = Flask(__name__)

PARTNER_DOMAIN = "api.partner.com"
HOST_RE = re.compile(r"https://" + PARTNER_DOMAIN)


@app.route("/hooks/register", methods=["POST"])
def register_hook():
    target = request.json.get("url", "")
    if not HOST_RE.match(target):
        abort(400, "target must be on the partner domain")
    requests.post(target, json={"event": "registered"}, timeout=5)
    return {"ok": True}
