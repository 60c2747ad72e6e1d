import traceback

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/claims/score")
def score():
    try:
        amount = float(request.json["amount"])
        return jsonify(score=min(1.0, amount / 100000))
    except Exception:
        return jsonify(error=traceback.format_exc()), 500
