from urllib.parse import urlsplit

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PARTNER_DOMAIN = "garage-network.example"
HOOKS = []


def partner_url(url):
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == PARTNER_DOMAIN or host.endswith("." + PARTNER_DOMAIN))


@app.post("/partners/hooks")
def register_hook():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not partner_url(url):
        abort(400)
    HOOKS.append(url)
    return jsonify(registered=url), 201
