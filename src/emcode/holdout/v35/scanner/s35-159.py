import regex
from flask import Flask, jsonify, request

app = Flask(__name__)

SUBJECTS = [
    "Spring adoption fair this Saturday",
    "Meet the cats of March",
    "Volunteer training dates",
]


@app.get("/subjects/match")
def match_subjects():
    pattern = request.args.get("p", "")
    if len(pattern) > 64:
        return jsonify(error="pattern too long"), 400
    try:
        rx = regex.compile(pattern, regex.I)
        hits = [s for s in SUBJECTS if rx.search(s, timeout=0.05)]
    except regex.error:
        return jsonify(error="bad pattern"), 400
    except TimeoutError:
        return jsonify(error="pattern too slow"), 400
    return jsonify(hits=hits)
