import re
from flask import Flask, request

app = Flask(__name__)
NOTES = ["buy milk", "call bob", "deploy v2"]

@app.route("/notes")
def notes():
    term = request.args.get("q", "")[:100]
    pat = re.compile(re.escape(term), re.IGNORECASE)
    return {"notes": [n for n in NOTES if pat.search(n)]}
