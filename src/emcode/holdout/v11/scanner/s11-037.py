import ast
import operator

from flask import Flask, request, jsonify

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
       ast.USub: operator.neg}


def _eval(node):
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.operand))
    raise ValueError("unsupported expression")


@app.post("/calc")
def calc():
    expr = str(request.get_json(force=True).get("expr", ""))[:200]
    try:
        return jsonify(result=_eval(ast.parse(expr, mode="eval")))
    except (SyntaxError, ValueError, ZeroDivisionError) as exc:
        return jsonify(error=str(exc)), 400
