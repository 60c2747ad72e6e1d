import re
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.route("/preview", methods=["POST"])
def preview():
    url = request.json["url"]
    r = requests.get(url, timeout=5)
    m = TITLE_RE.search(r.text[:100000])
    return jsonify(url=url, status=r.status_code, title=m.group(1).strip() if m else None)
