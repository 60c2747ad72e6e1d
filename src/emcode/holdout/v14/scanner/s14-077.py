import re
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/logs/grep")
def grep_logs():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern)
    hits = []
    with open("/var/log/app.log") as fh:
        for line in fh:
            if rx.search(line):
                hits.append(line.rstrip())
    return jsonify(hits[:200])
