import operator
from flask import Flask, request, abort

app = Flask(__name__)
OPS = {"add": operator.add, "mul": operator.mul, "sub": operator.sub}


@app.route("/work_orders/fee")
def fee():
    op = OPS.get(request.args.get("op", "mul"))
    if op is None:
        abort(400)
    try:
        factor = float(request.args.get("factor", "1"))
    except ValueError:
        abort(400)
    return {"fee": op(12.5, factor)}
