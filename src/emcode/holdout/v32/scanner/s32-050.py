import re

from flask import Flask, request, jsonify

app = Flask(__name__)

CASES = ["Smith v. Jones", "In re Estate of Garcia", "Doe v. City of Springfield", "State v. Patel"]


@app.route("/cases/filter")
def filter_cases():
    needle = request.args.get("q", "")[:100]
    rx = re.compile(re.escape(needle), re.I)
    return jsonify([c for c in CASES if rx.search(c)])
