from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    allowed = set("0123456789+-*/(). abcdefghijklmnopqrstuvwxyz_")
    if not set(expr) <= allowed:
        return jsonify(error="bad characters"), 400
    result = eval(expr)
    return jsonify(result=result)
