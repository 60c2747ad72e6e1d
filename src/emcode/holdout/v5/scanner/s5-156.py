import re
from flask import Flask, request

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]

@app.get("/filter")
def filter_names():
    term = request.args.get("q", "")[:50]
    pat = re.compile(re.escape(term), re.IGNORECASE)
    return {"match": [n for n in NAMES if pat.search(n)]}
