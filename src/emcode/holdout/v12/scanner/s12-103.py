import re
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.route("/chat/unfurl", methods=["POST"])
def unfurl():
    url = request.get_json(force=True).get("url", "")
    resp = requests.get(url, timeout=5, allow_redirects=True)
    m = TITLE.search(resp.text[:100000])
    return jsonify(url=url, status=resp.status_code, title=m.group(1).strip() if m else None)
