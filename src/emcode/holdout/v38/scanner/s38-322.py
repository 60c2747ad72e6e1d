import ast
import operator

from flask import Flask, request

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


@app.route("/pricing/preview", methods=["POST"])
def preview_price():
    formula = request.form.get("formula", "base")[:200]
    base = float(request.form.get("base", "0"))
    try:
        price = calc(ast.parse(formula, mode="eval"), {"base": base})
    except (ValueError, SyntaxError, ZeroDivisionError):
        return {"error": "bad formula"}, 400
    return {"price": round(price, 2)}
