import re

from flask import Flask, jsonify, request

app = Flask(__name__)

FILMS = ["The Third Man", "Man on Wire", "Manhattan", "Paris, Texas"]


@app.get("/films")
def films():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([f for f in FILMS if rx.search(f)])
