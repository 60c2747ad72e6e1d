import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    raise ValueError("unsupported expression")


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")[:64]
    try:
        return jsonify(result=evaluate(ast.parse(expr, mode="eval")))
    except (ValueError, SyntaxError, ZeroDivisionError):
        return jsonify(error="bad expression"), 400
