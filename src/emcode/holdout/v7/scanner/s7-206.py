from defusedxml import ElementTree as DET
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@app.route("/seo/sitemap", methods=["POST"])
def sitemap():
    try:
        root = DET.fromstring(request.get_data())
    except DET.ParseError:
        abort(400)
    urls = [loc.text for loc in root.findall("sm:url/sm:loc", NS)]
    return jsonify(count=len(urls), sample=urls[:10])
