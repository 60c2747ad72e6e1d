from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
MENU_HOSTS = {"roasterhub.io", "menus.roasterhub.io"}


@app.route("/import-menu", methods=["POST"])
def import_menu():
    url = (request.get_json(silent=True) or {}).get("menu_url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in MENU_HOSTS:
        return jsonify(error="untrusted host"), 400
    data = requests.get(url, timeout=5, allow_redirects=False).json()
    return jsonify(items=len(data.get("items", [])))
