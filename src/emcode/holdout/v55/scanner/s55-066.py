import ast
import operator

from flask import Flask, request, jsonify

app = Flask(__name__)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node, units):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, units)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id == "units":
        return units
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, units), evaluate(node.right, units))
    raise ValueError("unsupported expression")


@app.route("/tariff/estimate", methods=["POST"])
def estimate():
    formula = request.form.get("formula", "units * 1.85")[:100]
    units = float(request.form.get("units", 0))
    try:
        total = evaluate(ast.parse(formula, mode="eval"), units)
    except (ValueError, SyntaxError, ZeroDivisionError):
        return jsonify({"error": "bad formula"}), 400
    return jsonify({"estimate": round(total, 2)})
