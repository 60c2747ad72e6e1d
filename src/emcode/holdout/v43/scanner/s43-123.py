import re

from flask import Flask, request, jsonify

app = Flask(__name__)
MEMORY = ["Thank you for your order.", "Your translation is ready.", "Invoice attached."]


@app.get("/tm/search")
def tm_search():
    term = request.args.get("q", "")[:100]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([s for s in MEMORY if rx.search(s)])
