import re
from flask import Flask, request

app = Flask(__name__)
NAMES = ["north bed", "south bed", "greenhouse 3"]


@app.get("/filter")
def filter_names():
    pattern = re.compile(request.args.get("pattern", ".*"))
    return {"matches": [n for n in NAMES if pattern.search(n)]}
