import re
from flask import Flask, request, jsonify

app = Flask(__name__)
LESSONS = ["Intro to fractions", "Fractions and decimals", "Decimals in practice"]


@app.route("/lessons/search")
def lesson_search():
    term = request.args.get("q", "")
    rx = re.compile(term, re.IGNORECASE)
    return jsonify([t for t in LESSONS if rx.search(t)])
