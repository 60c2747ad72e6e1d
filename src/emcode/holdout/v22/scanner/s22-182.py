import re

from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES = ["Call supplier about flour", "Order 3 crates of tomatoes", "Fix oven (2)"]


@app.get("/notes/search")
def search_notes():
    term = request.args.get("q", "")[:80]
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([n for n in NOTES if pattern.search(n)])
