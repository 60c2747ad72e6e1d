import re
from flask import Flask, request

app = Flask(__name__)
NAMES = ["north bed", "south bed", "greenhouse 3"]


@app.get("/filter")
def filter_names():
    needle = re.escape(request.args.get("q", "")[:50])
    pattern = re.compile(needle, re.IGNORECASE)
    return {"matches": [n for n in NAMES if pattern.search(n)]}
