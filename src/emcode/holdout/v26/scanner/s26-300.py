from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/dose")
def dose():
    formula = request.args.get("formula", "0")
    weight = float(request.args.get("weight", "70"))
    result = eval(formula, {"weight": weight})
    return jsonify(dose_mg=result)
