import re
from flask import Flask, request, jsonify

app = Flask(__name__)


def load_lines(path="/var/log/app/current.log"):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read().splitlines()


@app.route("/logs/grep")
def grep():
    term = request.args.get("q", "")[:100]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = [ln for ln in load_lines() if rx.search(ln)]
    return jsonify(count=len(hits), lines=hits[:100])
