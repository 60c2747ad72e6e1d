import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/shows/artwork")
def fetch_artwork():
    url = request.json["image_url"]
    resp = requests.get(url, timeout=10)
    if resp.status_code != 200:
        return {"error": "could not fetch"}, 502
    with open(f"/srv/podcasts/art/{request.json['show_id']}.jpg", "wb") as fh:
        fh.write(resp.content)
    return {"saved": True, "bytes": len(resp.con