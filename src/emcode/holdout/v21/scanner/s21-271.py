import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]


@app.route("/names")
def names():
    needle = re.escape(request.args.get("q", ""))
    rx = re.compile(needle, re.I)
    return jsonify([n for n in NAMES if rx.sea