import re

from flask import Flask, request, jsonify

app = Flask(__name__)
LINES = ["GET /a 200", "POST /b 500"]


@app.route("/logs/search")
def search():
    rx = re.compile(request.args.get("q", ""))
    return jsonify([ln for ln in LINES if rx.search(ln)])
