import re

from flask import Flask, request

app = Flask(__name__)
NAMES = ["alice", "bob", "carol", "dave"]


@app.get("/filter")
def filter_names():
    needle = re.escape(request.args.get("q", ""))
    rx = re.compile(needle, re.IGNORECASE)
    return {"names": [n for n in NAMES if rx.search(n)]}
