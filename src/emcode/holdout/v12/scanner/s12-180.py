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


@app.route("/bot/calc", methods=["POST"])
def calc():
    text = request.json.get("text", "")
    if not text.startswith("/calc "):
        return jsonify(reply="try /calc 2+2")
    expr = text[len("/calc "):][:100]
    try:
        result = _eval(ast.parse(expr, mode="eval"))
    except (ValueError, SyntaxError, ZeroDivisionError):
        return jsonify(reply="cannot compute that")
    return jsonify(reply=f"{expr} = {result}")
