import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/shows/import-feed")
def import_feed():
    feed_url = request.json["feed_url"]
    r = requests.get(feed_url, timeout=10)
    return {"bytes": len(r.content), "status": r.status_code}
