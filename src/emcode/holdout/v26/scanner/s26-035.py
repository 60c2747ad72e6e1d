import ast
import operator
from flask import Flask, request, jsonify

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node, env):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, env), evaluate(node.right, env))
    raise ValueError("unsupported expression")


@app.route("/dose")
def dose():
    formula = request.args.get("formula", "0")[:200]
    weight = float(request.args.get("weight", "70"))
    try:
        result = evaluate(ast.parse(formula, mode="eval"), {"weight": weight})
    except (ValueError, SyntaxError, ZeroDivisionError):
        return jsonify(error="bad formula"), 400
    return jsonify(dose_mg=result)
