import re

from flask import Flask, request

app = Flask(__name__)
TITLES = ["Bronze mirror", "Iron sword", "Gold torc"]


@app.route("/catalogue/grep")
def grep():
    term = request.args.get("term", "")[:100]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return {"hits": [t for t in TITLES if rx.search(t)]}
