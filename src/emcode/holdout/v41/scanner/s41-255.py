import re

from flask import Flask, request

app = Flask(__name__)
OWNERS = ["Alice Moreau", "Bob Okafor", "Chen Wei", "Dara Byrne"]


@app.get("/owners/filter")
def filter_owners():
    pattern = request.args.get("re", ".*")
    rx = re.compile(pattern)
    return {"owners": [o for o in OWNERS if rx.search(o)]}
