from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/dose/calc")
def dose_calc():
    weight = float(request.form["weight_kg"])
    formula = request.form.get("formula", "weight * 15")
    dose_mg = eval(formula, {"weight": weight})
    return jsonify(dose_mg=round(dose_mg, 1))
