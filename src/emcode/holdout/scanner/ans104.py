import re

from flask import Flask, request

app = Flask(__name__)
NAMES = ["alice", "bob", "carol", "dave"]


@app.get("/filter")
def filter_names():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern)
    return {"names": [n for n in NAMES if rx.search(n)]}
