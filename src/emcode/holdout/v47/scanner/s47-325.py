import ast
import operator

from flask import Flask, abort, jsonify, request

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


@app.route("/tariff")
def tariff():
    expr = request.args.get("expr", "base + rate * m3")[:100]
    try:
        m3 = float(request.args.get("m3", "0"))
        value = evaluate(ast.parse(expr, mode="eval"), {"base": 12.4, "rate": 1.85, "m3": m3})
    except (ValueError, SyntaxError, ZeroDivisionError):
        abort(400)
    return jsonify(amount=round(value, 2))
