import ast
import operator
from flask import Flask, request, jsonify

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node, base):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, base)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id == "base":
        return base
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, base), evaluate(node.right, base))
    raise ValueError("unsupported expression")


@app.route("/payroll/calc", methods=["POST"])
def calc_bonus():
    data = request.get_json(silent=True) or {}
    try:
        tree = ast.parse(str(data.get("formula", "")), mode="eval")
        result = evaluate(tree, float(data.get("base", 0)))
    except (SyntaxError, ValueError, ZeroDivisionError):
        return jsonify(error="bad formula"), 400
    return jsonify(result=result)
