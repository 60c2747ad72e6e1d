import ast
import operator
from flask import Flask, request

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

def _ev(node):
    if isinstance(node, ast.Expression):
        return _ev(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_ev(node.left), _ev(node.right))
    raise ValueError("unsupported expression")

@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")[:100]
    try:
        return {"result": _ev(ast.parse(expr, mode="eval"))}
    except (ValueError, SyntaxError, ZeroDivisionError):
        return {"error": "bad expression"}, 400
