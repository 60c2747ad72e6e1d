import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/gardens/import-feed")
def import_feed():
    feed_url = request.json.get("url", "")
    resp = requests.get(feed_url, timeout=10)
    events = []
    for line in resp.text.splitlines():
        if line.startswith("SUMMARY:"):
            events.append(line[8:])
    return jsonify(imported=len(events), first=events[:3], source=feed_u