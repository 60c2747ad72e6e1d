import json

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/lots/bulk", methods=["POST"])
def bulk_lots():
    try:
        lots = json.loads(request.data)
    except ValueError:
        abort(400)
    if not isinstance(lots, list):
        abort(400)
    reserves = [float(l["reserve"]) for l in lots if isinstance(l, dict) and "res