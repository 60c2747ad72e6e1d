import operator

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


@app.post("/practice/check")
def check():
    data = request.get_json(silent=True) or {}
    try:
        a, b = float(data["a"]), float(data["b"])
        op = OPS[data["op"]]
        answer = float(data["answer"])
    except (KeyError, TypeError, ValueError):
        abort(400)
    try:
        expected = op(a, b)
    except ZeroDivisionError:
        abort(400)
    return jsonify(correct=abs(expected - answer) < 1e-6, expected=expected)
