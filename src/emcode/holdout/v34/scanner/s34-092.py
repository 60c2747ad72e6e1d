import re

from flask import Flask, request

app = Flask(__name__)
PERMITS = ["12 Elm St - fence", "4 Oak Ave - deck", "88 Pine Rd - garage"]


@app.route("/permits/grep")
def grep_permits():
    pattern = request.args.get("re", ".*")
    rx = re.compile(pattern)
    return {"hits": [p for p in PERMITS if rx.search(p)]}
