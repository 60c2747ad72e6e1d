import re

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    page = requests.get(url, timeout=5)
    m = TITLE.search(page.text)
    return jsonify(url=url, title=m.group(1).strip() if m else None)
