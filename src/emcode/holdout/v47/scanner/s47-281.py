from flask import Flask, jsonify, request

app = Flask(__name__)

TOTALS = {"A1": 3.2, "B4": 5.8}


@app.route("/yield")
def yield_for_block():
    block = request.args.get("block", "")
    tonnes = TOTALS.get(block)
    if tonnes is None:
        return jsonify(error="unknown block", block=block), 404
    return jsonify(block=block, tonnes=tonnes)
