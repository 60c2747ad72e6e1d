import re

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/logs/grep")
def grep():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern)
    with open("/var/log/app/app.log", encoding="utf-8", errors="replace") as fh:
        hits = [line.rstrip() for line in fh if rx.search(line)]
    return jsonify(hits[-100:])
