import regex
from flask import Flask, request, jsonify

app = Flask(__name__)
LINES = ["Shaft A methane 0.4%", "Shaft B methane 1.2%", "Shaft C CO 30ppm"]


@app.get("/logs/match")
def logs_match():
    pat = request.args.get("pattern", "")[:100]
    try:
        rx = regex.compile(pat)
        hits = [l for l in LINES if rx.search(l, timeout=0.05)]
    except (regex.error, TimeoutError):
        return jsonify(error="pattern rejected"), 400
    return jsonify(hits=hits)
