import regex
from flask import Flask, request

app = Flask(__name__)
NOTES = ["Rust on left tine", "Hydraulic hose replaced", "Tyre pressure low"]


@app.route("/maintenance/grep")
def grep_notes():
    pattern = request.args.get("p", "")
    if len(pattern) > 64:
        return {"error": "pattern too long"}, 400
    try:
        rx = regex.compile(pattern)
        hits = [n for n in NOTES if rx.search(n, timeout=0.05)]
    except (regex.error, TimeoutError):
        return {"error": "bad or slow pattern"}, 400
    return {"hits": hits}
