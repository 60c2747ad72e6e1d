import re

from flask import Flask, jsonify, request

app = Flask(__name__)


def load_lines():
    with open("/srv/court/current_transcript.txt", encoding="utf-8") as fh:
        return fh.readlines()


@app.route("/search")
def search():
    pattern = request.args.get("q", "")
    rx = re.compile(pattern, re.IGNORECASE)
    hits = [i for i, line in enumerate(load_lines(), 1) if rx.search(line)]
    return jsonify(lines=hits)
