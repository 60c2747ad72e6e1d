import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/teams/logo-check")
def logo_check():
    logo_url = request.args["url"]
    r = requests.head(logo_url, timeout=4, allow_redirects=True)
    size = int(r.headers.get("Content-Length", 0))
    return jsonify({"ok": r.status_code == 200 and size < 2_000_000, "content_type": r.headers.get("Content-Ty