import re

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    r = requests.get(url, timeout=5)
    m = TITLE.search(r.text)
    return jsonify(url=url, title=m.group(1).strip() if m else None)
