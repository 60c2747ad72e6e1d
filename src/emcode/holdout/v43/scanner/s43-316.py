import re

from flask import Flask, request, jsonify

app = Flask(__name__)
VENDORS = ["Bloom & Petal Florists", "DJ Marco", "Sweet Tiers Bakery", "Lakeside Catering"]


@app.get("/vendors/search")
def vendors_search():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.I)
    found = [v for v in VENDORS if rx.search(v)]
    return jsonify(results=found, count=len(fou