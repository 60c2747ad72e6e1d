import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NOTES = ["Bring water bottle", "Spin class moved to room 2", "Yoga mats replaced"]


@app.route("/notes/search")
def search_notes():
    term = request.args.get("q", "")
    rx = re.compile(term, re.IGNORECASE)
    return jsonify(results=[n for n in NOTES if rx.search(n)])
