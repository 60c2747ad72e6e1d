import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/import/remote")
def import_remote():
    src = request.json["source_url"]
    r = requests.get(src, timeout=10)
    rows = r.text.splitlines()
    return jsonify(imported=len(rows), first=rows[0] if ro