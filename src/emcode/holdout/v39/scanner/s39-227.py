import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/artwork/fetch")
def fetch_artwork():
    src = request.form["image_url"]
    resp = requests.get(src, timeout=10)
    if resp.status_code != 200:
        return {"error": "could not fetch"}, 502
    return {"size": len(resp.content), "type": resp.headers.get("Content-Ty