from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.json.get("expression", "0")
    allowed = set("0123456789+-*/(). ")
    if len(expr) > 200:
        return jsonify(error="too long"), 400
    result = eval(expr)
    return jsonify(result=result, ok=set(expr) <= allowed)
