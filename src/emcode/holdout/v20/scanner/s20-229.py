import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    r = requests.get(url, timeout=5)
    title = r.text.split("<title>", 1)[-1].split("</title>", 1)[0][:200]
    return jsonify({"status": r.status_code, "title": title})
