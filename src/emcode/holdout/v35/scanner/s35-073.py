import ast
import operator

from flask import Flask, request

app = Flask(__name__)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def calc(node, names):
    if isinstance(node, ast.Expression):
        return calc(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](calc(node.left, names), calc(node.right, names))
    raise ValueError("unsupported expression")


@app.post("/pricing/preview")
def preview_price():
    formula = request.form.get("formula", "base * 1.2")[:200]
    base = float(request.form.get("base", "10"))
    qty = int(request.form.get("qty", "1"))
    try:
        price = calc(ast.parse(formula, mode="eval"), {"base": base, "qty": qty})
    except (ValueError, SyntaxError, ZeroDivisionError):
        return {"error": "bad formula"}, 400
    return {"price": round(price, 2)}
