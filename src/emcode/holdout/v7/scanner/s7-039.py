import re
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/logs/grep")
def grep_logs():
    term = request.args.get("q", "")[:100]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = []
    with open("/var/log/app/app.log", errors="replace") as fh:
        for line in fh:
            if rx.search(line):
                hits.append(line.rstrip())
    return jsonify(hits=hits[-200:])
