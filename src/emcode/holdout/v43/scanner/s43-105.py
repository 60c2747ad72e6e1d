import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/vendors/gallery/import")
def import_image():
    url = request.json["image_url"]
    r = requests.get(url, timeout=10)
    return jsonify(size=len(r.content), type=r.headers.get("Content-Type"))
