from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.form["expr"]
    result = eval(expr)
    return jsonify({"expr": expr, "result": resu