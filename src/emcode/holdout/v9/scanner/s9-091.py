import re
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify(error="bad scheme"), 400
    r = requests.get(url, timeout=5)
    m = TITLE.search(r.text)
    return jsonify(title=m.group(1).strip() if m else None, status=r.status_code)
