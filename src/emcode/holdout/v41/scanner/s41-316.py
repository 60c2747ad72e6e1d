import re

from flask import Flask, request

app = Flask(__name__)
TITLES = ["The Hobbit", "Hamlet", "Hyperion", "Homer's Odyssey"]


@app.get("/titles")
def titles():
    term = request.args.get("q", "")[:64]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return {"matches": [t for t in TITLES if rx.sea