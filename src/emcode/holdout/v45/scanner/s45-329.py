import traceback

from flask import Flask, jsonify, request

from .fares import compute_fare

app = Flask(__name__)


@app.post("/fare")
def fare():
    try:
        return jsonify(total=compute_fare(request.get_json()))
    except Exception:
        return jsonify(error="fare failed", detail=traceback.format_exc()), 500
