import ast
from statistics import mean, median
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/stats")
def stats():
    raw = request.form.get("values", "[]")
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify(error="values must be a Python list of numbers"), 400
    if not isinstance(values, (list, tuple)) or not all(isinstance(v, (int, float)) for v in values):
        return jsonify(error="numbers only"), 400
    if not values:
        return jsonify(error="empty"), 400
    return jsonify(mean=mean(values), median=median(values), n=len(values))
