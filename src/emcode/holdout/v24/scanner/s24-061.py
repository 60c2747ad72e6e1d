import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/preview")
def preview():
    url = (request.get_json(silent=True) or {}).get("url", "")
    r = requests.get(url, timeout=5)
    title = ""
    if "<title>" in r.text:
        title = r.text.split("<title>", 1)[1].split("</title>", 1)[0]
    return jsonify(status=r.status_code, title=title)
