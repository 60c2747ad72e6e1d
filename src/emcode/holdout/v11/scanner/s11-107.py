from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.get_json(force=True).get("expr", "")
    allowed = set("0123456789+-*/(). ")
    if len(expr) > 200:
        return jsonify(error="too long"), 400
    result = eval(expr)
    return jsonify(expr=expr, result=result, simple=set(expr) <= allowed)
