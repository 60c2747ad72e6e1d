import re

from flask import Flask, request

app = Flask(__name__)
CATALOG = ["CS101 Intro to Programming", "CS240 Data Structures", "MATH201 Linear Algebra"]


@app.get("/catalog/grep")
def grep_catalog():
    needle = request.args.get("q", "")[:100]
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return {"hits": [c for c in CATALOG if pattern.search(c)]}
