import re
from flask import Flask, request, jsonify

app = Flask(__name__)
LOG = "/var/log/app/app.log"


@app.get("/logs/grep")
def grep():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern)
    with open(LOG, encoding="utf-8", errors="replace") as fh:
        lines = [ln.rstrip() for ln in fh if rx.search(ln)]
    return jsonify(lines[-200:])
