import re

from flask import Flask, request

app = Flask(__name__)
TITLES = ["Bronze mirror", "Iron sword", "Gold torc"]


@app.route("/catalogue/grep")
def grep():
    pattern = request.args.get("pattern", "")
    rx = re.compile(pattern)
    return {"hits": [t for t in TITLES if rx.search(t)]}
