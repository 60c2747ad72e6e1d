import re
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
LOG = Path("/var/log/app/app.log")


@app.route("/logs/grep")
def grep():
    term = request.args.get("q", "")
    if not term or len(term) > 100:
        abort(400)
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = []
    with LOG.open(errors="replace") as fh:
        for line in fh:
            if rx.search(line):
                hits.append(line.rstrip()[:500])
                if len(hits) >= 200:
                    break
    return jsonify(hits)
