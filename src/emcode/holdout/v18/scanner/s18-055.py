from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    allowed = set("0123456789+-*/(). ")
    if len(expr) > 200:
        return jsonify(error="too long"), 400
    result = eval(expr)
    return jsonify(expr=expr, result=result, simple=set(expr) <= allowed)
