import operator

from flask import Flask, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


@app.route("/calc", methods=["POST"])
def calc():
    try:
        a = float(request.form["a"])
        b = float(request.form["b"])
        op = OPS[request.form["op"]]
        return {"result": op(a, b)}
    except (KeyError, ValueError, ZeroDivisionError):
        return {"error": "bad input"}, 400
