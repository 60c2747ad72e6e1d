import re

from flask import Flask, request, jsonify

app = Flask(__name__)

TITLES = ["Blue in Green", "So What", "Freddie Freeloader", "All Blues", "Flamenco Sketches"]


@app.get("/tracks/grep")
def grep_tracks():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern, re.IGNORECASE)
    return jsonify([t for t in TITLES if rx.search(t)])
