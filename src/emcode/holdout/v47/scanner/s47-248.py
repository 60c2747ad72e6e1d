import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import-catalogue", methods=["POST"])
def import_catalogue():
    url = request.json["catalogue_url"]
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    lots = resp.json().get("lots", [])
    return jsonify(imported=len(lots), first=lots[0]["tit