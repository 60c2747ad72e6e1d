import re

from flask import Flask, request, jsonify

app = Flask(__name__)
SONGS = ["Africa", "Take On Me", "Sweet Caroline", "Livin' on a Prayer"]


@app.route("/songs/search")
def search():
    pattern = request.args.get("q", ".*")
    rx = re.compile(pattern, re.I)
    return jsonify([s for s in SONGS if rx.search(s)])
