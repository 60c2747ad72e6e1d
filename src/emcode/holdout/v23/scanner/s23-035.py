from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/payroll/calc", methods=["POST"])
def calc_bonus():
    expr = request.json["formula"]
    base = float(request.json.get("base", 0))
    result = eval(expr, {"base": base})
    return jsonify(result=result)
