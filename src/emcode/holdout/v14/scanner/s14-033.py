import re
from flask import Flask, request, jsonify

app = Flask(__name__)
PRODUCTS = ["USB cable", "USB-C hub", "HDMI cable", "Laptop stand", "Mouse pad"]


@app.get("/filter")
def filter_products():
    needle = request.args.get("q", "")[:50]
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    hits = [p for p in PRODUCTS if pattern.search(p)]
    return jsonify(hits)
