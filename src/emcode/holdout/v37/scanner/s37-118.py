import re

from flask import Flask, jsonify, request

app = Flask(__name__)
PIECES = ["Messiah - Hallelujah", "Requiem in D minor", "Carmina Burana - O Fortuna"]


@app.get("/library/search")
def search():
    pattern = request.args.get("q", "")
    rx = re.compile(pattern, re.I)
    return jsonify([p for p in PIECES if rx.search(p)])
