import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/fare/calc")
def calc():
    raw = request.args.get("legs", "[]")
    try:
        legs = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return {"error": "legs must be a list of numbers"}, 400
    if not isinstance(legs, list) or not all(isinstance(x, (int, float)) for x in legs):
        return {"error": "legs must be a list of numbers"}, 400
    return {"total": round(sum(legs), 2)}
