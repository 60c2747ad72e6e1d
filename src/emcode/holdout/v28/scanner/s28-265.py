import re

from flask import Flask, request, jsonify

app = Flask(__name__)

TITLES = ["Blue in Green", "So What", "Freddie Freeloader", "All Blues", "Flamenco Sketches"]


@app.get("/tracks/grep")
def grep_tracks():
    text = request.args.get("q", "")[:100]
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return jsonify([t for t in TITLES if rx.search(t)])
