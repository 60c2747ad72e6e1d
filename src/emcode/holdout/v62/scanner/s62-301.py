import ast
import operator

from flask import Flask, request, jsonify, abort

app = Flask(__name__)

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _calc(node, env):
    if isinstance(node, ast.Expression):
        return _calc(node.body, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_calc(node.left, env), _calc(node.right, env))
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    raise ValueError("unsupported expression")


@app.route("/water/estimate", methods=["POST"])
def estimate():
    payload = request.get_json(silent=True) or {}
    formula = str(payload.get("formula", "area * 4"))[:200]
    try:
        area = float(payload.get("area", 0))
        litres = _calc(ast.parse(formula, mode="eval"), {"area": area})
    except (ValueError, SyntaxError, ZeroDivisionError, TypeError):
        abort(400)
    return jsonify(litres=litres)
