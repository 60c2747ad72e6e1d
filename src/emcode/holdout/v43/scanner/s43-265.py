import ast
import operator

from flask import Flask, request, jsonify

app = Flask(__name__)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def calc(node, env):
    if isinstance(node, ast.Expression):
        return calc(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](calc(node.left, env), calc(node.right, env))
    raise ValueError("unsupported expression")


@app.post("/budget/estimate")
def estimate():
    formula = str(request.json["formula"])[:200]
    guests = int(request.json.get("guests", 100))
    try:
        total = calc(ast.parse(formula, mode="eval"), {"guests": guests})
    except (ValueError, SyntaxError, ZeroDivisionError):
        return jsonify(error="invalid formula"), 400
    return jsonify(total=total)
