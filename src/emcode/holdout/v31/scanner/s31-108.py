import ast
import operator

from flask import Flask, request, jsonify

app = Flask(__name__)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node, names):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, names), evaluate(node.right, names))
    raise ValueError("unsupported expression")


@app.post("/payroll/bonus-preview")
def bonus_preview():
    payload = request.get_json()
    formula = str(payload["formula"])[:200]
    names = {"salary": float(payload["salary"]), "rating": int(payload["rating"])}
    try:
        bonus = evaluate(ast.parse(formula, mode="eval"), names)
    except (ValueError, SyntaxError, ZeroDivisionError):
        return jsonify(error="invalid formula"), 400
    return jsonify(bonus=round(bonus, 2))
