import re
from flask import Flask, request, jsonify

app = Flask(__name__)
with open("/var/log/app/current.log") as _fh:
    LINES = _fh.read().splitlines()


@app.route("/logs/grep")
def grep():
    pattern = request.args["pattern"]
    rx = re.compile(pattern)
    hits = [ln for ln in LINES if rx.search(ln)]
    return jsonify(count=len(hits), lines=hits[:100])
