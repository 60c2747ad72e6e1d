import traceback

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/appraise")
def appraise():
    try:
        weight = float(request.form["grams"])
        karat = int(request.form["karat"])
        return jsonify(value=round(weight * karat / 24 * 61.2, 2))
    except Exception:
        return jsonify(error=traceback.format_exc()), 500
