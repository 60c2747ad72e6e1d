import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/import/recipe", methods=["POST"])
def import_recipe():
    url = request.json["url"]
    resp = requests.get(url, timeout=10)
    data = resp.json()
    return jsonify(title=data.get("title"), ingredients=len(data.get("ingredi