import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/settings/thresholds", methods=["POST"])
def thresholds():
    raw = request.form.get("values", "[]")
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return {"error": "values must be a list literal"}, 400
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) for v in values):
        return {"error": "values must be numbers"}, 400
    return {"thresholds": sorted(values)}
