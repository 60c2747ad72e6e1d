import re

from flask import Flask, request, jsonify

app = Flask(__name__)
SONGS = ["Africa", "Take On Me", "Sweet Caroline", "Livin' on a Prayer"]


@app.route("/songs/search")
def search():
    q = request.args.get("q", "")[:100]
    rx = re.compile(re.escape(q), re.I)
    return jsonify([s for s in SONGS if rx.search(s)])
