import re
from flask import Flask, request, jsonify, abort

app = Flask(__name__)

PATTERNS = {
    "uk-postcode": re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"),
    "meter-id": re.compile(r"WM-\d{6}"),
}


@app.route("/validate/<kind>")
def validate(kind):
    rx = PATTERNS.get(kind)
    if rx is None:
        abort(404)
    value = request.args.get("value", "")[:32].upper()
    return jsonify({"valid": bool(rx.fullmatch(value))})
