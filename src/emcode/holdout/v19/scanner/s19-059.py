import requests
from flask import Flask, request, jsonify
import re

app = Flask(__name__)


@app.route("/preview")
def link_preview():
    url = request.args["url"]
    html = requests.get(url, timeout=5).text
    m = re.search(r"<title>(.*?)</title>", html, re.I | re.S)
    return jsonify(title=m.group(1).strip() if m else None)
