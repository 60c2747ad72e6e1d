import re

from flask import Flask, request, jsonify

app = Flask(__name__)
ENTRY = re.compile(r"^(\w+\s?)*:\s*(\d+)$")


@app.route("/logs/parse", methods=["POST"])
def parse_logs():
    out = []
    for line in request.get_data(as_text=True).splitlines():
        m = ENTRY.match(line)
        if m:
            out.append(int(m.group(2)))
    return jsonify(values=out)
