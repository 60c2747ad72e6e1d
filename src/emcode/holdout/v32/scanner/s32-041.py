from urllib.parse import urlparse

from flask import Flask, request, jsonify
import requests

app = Flask(__name__)


@app.route("/import-menu", methods=["POST"])
def import_menu():
    url = request.json.get("menu_url", "")
    host = urlparse(url).hostname or ""
    if not host.endswith("roasterhub.io"):
        return jsonify(error="untrusted host"), 400
    data = requests.get(url, timeout=5).json()
    return jsonify(items=len(data.get("items", [])))
