import ast
import operator as op
from flask import Flask, request, abort

app = Flask(__name__)
OPS = {ast.Add: op.add, ast.Sub: op.sub, ast.Mult: op.mul, ast.Div: op.truediv, ast.USub: op.neg}


def evaluate(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.operand))
    raise ValueError("unsupported")


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")[:200]
    try:
        return {"result": evaluate(ast.parse(expr, mode="eval").body)}
    except (ValueError, SyntaxError, ZeroDivisionError):
        abort(400)
