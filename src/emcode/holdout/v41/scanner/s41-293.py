import re

from flask import Flask, request

app = Flask(__name__)
OWNERS = ["Alice Moreau", "Bob Okafor", "Chen Wei", "Dara Byrne"]


@app.get("/owners/filter")
def filter_owners():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return {"owners": [o for o in OWNERS if rx.search(o)]}
