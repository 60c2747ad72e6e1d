import re

from flask import Flask, jsonify, request

app = Flask(__name__)

NOTES = ["Cello bow rehair due", "Clarinet pads replaced", "Violin 3/4 bridge cracked"]


@app.get("/notes/filter")
def filter_notes():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern, re.I)
    return jsonify([n for n in NOTES if rx.search(n)])
