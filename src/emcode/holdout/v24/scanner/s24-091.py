from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/dosage")
def dosage():
    data = request.get_json()
    weight = float(data["weight_kg"])
    formula = data.get("formula", "weight * 0.5")
    dose = eval(formula, {"__builtins__": {}}, {"weight": weight})
    return jsonify(dose_mg=round(dose, 2))
