import re
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
LOG = "/var/log/app/app.log"


@app.get("/logs/grep")
def grep():
    needle = request.args.get("q", "")
    if not needle or len(needle) > 100:
        abort(400)
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    with open(LOG, encoding="utf-8", errors="replace") as fh:
        lines = [ln.rstrip() for ln in fh if rx.search(ln)]
    return jsonify(lines[-200:])
