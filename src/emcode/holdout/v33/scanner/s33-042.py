import re

from flask import Flask, jsonify, request

app = Flask(__name__)
DRUGS = [line.strip() for line in open("drugs.txt", encoding="utf-8")]


@app.route("/drugs/search")
def drug_search():
    pattern = request.args.get("pattern", "")
    rx = re.compile(pattern, re.I)
    return jsonify([d for d in DRUGS if rx.search(d)][:50])
