import re

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
LINES = open("/var/log/app/app.log", encoding="utf-8", errors="replace").read().splitlines()[-5000:]


@app.route("/logs/search")
def search():
    term = request.args.get("q", "")
    if not term or len(term) > 100:
        abort(400)
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([ln for ln in LINES if rx.search(ln)][:200])
