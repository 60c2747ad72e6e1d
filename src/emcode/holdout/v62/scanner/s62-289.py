import re

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PRESETS = {
    "faults": re.compile(r"\bFAULT\b"),
    "lamp": re.compile(r"\blamp\b", re.I),
    "fog": re.compile(r"\bfog ?horn\b", re.I),
}
LINES = ["02:10 lamp ok", "03:40 FAULT rotation motor", "05:00 foghorn test"]


@app.route("/log/filter")
def log_filter():
    rx = PRESETS.get(request.args.get("preset", ""))
    if rx is None:
        abort(400)
    return jsonify([l for l in LINES if rx.search(l)])
