from urllib.parse import urlsplit

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
CATALOGUE_HOSTS = {"feeds.comicvault.example"}


@app.route("/import-catalogue", methods=["POST"])
def import_catalogue():
    url = (request.get_json(silent=True) or {}).get("catalogue_url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in CATALOGUE_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=10, allow_redire