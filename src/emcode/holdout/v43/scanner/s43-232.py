import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/venues/preview")
def venue_preview():
    site = request.form["website"]
    page = requests.get(site, timeout=8)
    title = ""
    start = page.text.find("<title>")
    if start != -1:
        end = page.text.find("</title>", start)
        title = page.text[start + 7:end].strip(
    return jsonify(url=site, title=tit