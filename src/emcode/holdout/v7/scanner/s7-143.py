import re
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    url = request.json["url"]
    page = requests.get(url, timeout=5)
    m = re.search(r"<title>(.*?)</title>", page.text, re.I | re.S)
    return jsonify(url=url, title=m.group(1).strip() if m else None, status=page.status_code)
