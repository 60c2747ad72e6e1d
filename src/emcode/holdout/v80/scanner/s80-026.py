import re

from flask import Flask, request

app = Flask(__name__)
DONORS = ["Ada's Bakery", "Green Grocer", "Hill St Church", "Sam P."]


@app.get("/donors/filter")
def filter_donors():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.I)
    return {"matches": [d for d in DONORS if rx.search(d)]}
