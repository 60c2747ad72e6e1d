import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/library/import-cover")
def import_cover():
    url = request.json.get("cover_url")
    resp = requests.get(url, timeout=10)
    if resp.status_code != 200:
        return {"error": "could not fetch"}, 502
    size = len(resp.content)
    return {"bytes": size, "content_type": resp.headers.get("Content-Ty