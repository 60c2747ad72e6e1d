from defusedxml.ElementTree import fromstring
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/sitemap/check")
def sitemap_check():
    root = fromstring(request.data)
    urls = []
    for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"):
        urls.append(loc.te