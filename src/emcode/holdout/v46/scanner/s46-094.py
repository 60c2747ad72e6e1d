import ast
import operator

from flask import Flask, request, jsonify, abort

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


@app.post("/loan/fee")
def loan_fee():
    days = int(request.form.get("days", "0"))
    formula = request.form.get("formula", "days * 0.75")
    if len(formula) > 80:
        abort(400)
    try:
        fee = evaluate(ast.parse(formula, mode="eval"), {"days": days})
    except (ValueError, SyntaxError, ZeroDivisionError):
        abort(400)
    return jsonify(fee=round(fee, 2))
