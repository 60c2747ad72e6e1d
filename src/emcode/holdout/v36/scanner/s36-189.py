import ast

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/quote")
def quote():
    text = request.get_data(as_text=True)
    try:
        prices = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return jsonify(error="expected a dict literal"), 400
    if not isinstance(prices, dict) or not all(isinstance(v, (int, float)) for v in prices.values()):
        return jsonify(error="expected name -> price"), 400
    return jsonify(total=round(sum(prices.values()), 2))
