from defusedxml.ElementTree import fromstring
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/sitemap/check")
def check_sitemap():
    root = fromstring(request.get_data())
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = [u.findtext("sm:loc", namespaces=ns) for u in root.findall("sm:url", ns)]
    bad = [u for u in urls if not u or not u.startswith("https://")]
    return jsonify(total=len(urls), insecure=len(bad), sample=bad[