import re
from flask import Flask, request

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]

@app.get("/filter")
def filter_names():
    pat = re.compile(request.args.get("re", ".*"))
    return {"match": [n for n in NAMES if pat.search(n)]}
