import re

from flask import Flask, request, jsonify

app = Flask(__name__)
MEMORY = ["Thank you for your order.", "Your translation is ready.", "Invoice attached."]


@app.get("/tm/search")
def tm_search():
    pattern = request.args.get("re", "")
    rx = re.compile(pattern)
    return jsonify([s for s in MEMORY if rx.search(s)])
