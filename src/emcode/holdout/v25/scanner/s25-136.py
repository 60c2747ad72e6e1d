import ast
import operator
from flask import Flask, request, jsonify

app = Flask(__name__)
FIELDS = {"n": 4.2, "p": 1.1, "k": 3.0}
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in FIELDS:
        return FIELDS[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    raise ValueError("unsupported expression")


@app.post("/fertiliser/calc")
def calc():
    formula = str((request.get_json(silent=True) or {}).get("formula", "n + p + k"))[:200]
    try:
        value = evaluate(ast.parse(formula, mode="eval"))
    except (SyntaxError, ValueError, ZeroDivisionError):
        return jsonify(error="invalid formula"), 400
    return jsonify(value=value)
