import re

from flask import Flask, request, jsonify

app = Flask(__name__)

CASES = ["Smith v. Jones", "In re Estate of Garcia", "Doe v. City of Springfield", "State v. Patel"]


@app.route("/cases/filter")
def filter_cases():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern, re.I)
    return jsonify([c for c in CASES if rx.search(c)])
