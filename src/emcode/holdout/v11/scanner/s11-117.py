import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/bookmarks")
def add_bookmark():
    url = request.json["url"]
    resp = requests.get(url, timeout=8)
    meta = {"status": resp.status_code, "length": len(resp.content)}
    if "text/html" in resp.headers.get("content-type", ""):
        start = resp.text.find("<title>")
        end = resp.text.find("</title>")
        meta["title"] = resp.text[start + 7:end] if start != -1 else No