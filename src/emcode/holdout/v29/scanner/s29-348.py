import re

from flask import Flask, request, jsonify

app = Flask(__name__)

UK_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")


@app.route("/quote/eligibility")
def eligibility():
    postcode = request.args.get("postcode", "").upper().strip()
    if not UK_POSTCODE.fullmatch(postcode):
        return jsonify(eligible=False, reason="invalid postcode"), 400
    return jsonify(eligible=not postcode.startswith(("BT", "GY", "JE", "IM")))
