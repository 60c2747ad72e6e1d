import re

from flask import Flask, jsonify, request

app = Flask(__name__)
with open("drugs.txt", encoding="utf-8") as fh:
    DRUGS = [line.strip() for line in fh]


@app.route("/drugs/search")
def drug_search():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.I)
    return jsonify([d for d in DRUGS if rx.search(d)][:50])
