import requests
from flask import Flask, request

app = Flask(__name__)
CDN = "https://cdn.podhost.io/artwork/"


@app.post("/shows/artwork")
def fetch_artwork():
    show_id = int(request.json["show_id"])
    resp = requests.get(f"{CDN}{show_id}.jpg", timeout=10)
    if resp.status_code != 200:
        return {"error": "could not fetch"}, 502
    with open(f"/srv/podcasts/art/{show_id}.jpg", "wb") as fh:
        fh.write(resp.content)
    return {"saved": True, "bytes": len(resp.con