import requests
from urllib.parse import urlparse
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PARTNER_HOSTS = {"api.partner-one.com", "hooks.partner-two.io"}


@app.post("/integrations/test")
def test_integration():
    target = str((request.get_json(silent=True) or {}).get("url", ""))
    parts = urlparse(target)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        abort(400)
    resp = requests.get(target, timeout=5, allow_redirects=False)
    return jsonify(status=resp.status_code)
