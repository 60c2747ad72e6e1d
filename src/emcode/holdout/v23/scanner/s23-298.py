import re
from flask import Flask, request, jsonify

app = Flask(__name__)
LESSONS = ["Intro to fractions", "Fractions and decimals", "Decimals in practice"]


@app.route("/lessons/search")
def lesson_search():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = [rx.sub(lambda m: m.group(0).upper(), t) for t in LESSONS if rx.search(t)]
    return jsonify(hits)
