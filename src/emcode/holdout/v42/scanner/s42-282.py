import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/recipes/import-url")
def import_from_url():
    url = request.json["url"]
    page = requests.get(url, timeout=10)
    title = None
    if "<title>" in page.text:
        title = page.text.split("<title>", 1)[1].split("</title>", 1)[0]
    return jsonify(title=title, status=page.status_cod