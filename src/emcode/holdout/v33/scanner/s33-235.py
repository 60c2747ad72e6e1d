from flask import Flask, jsonify, request

app = Flask(__name__)

FORMULAS = {
    "paracetamol": lambda kg: kg * 15,
    "ibuprofen": lambda kg: kg * 10,
    "amoxicillin": lambda kg: kg * 25,
}


@app.post("/dose/calc")
def dose_calc():
    weight = float(request.form["weight_kg"])
    fn = FORMULAS.get(request.form.get("drug", ""))
    if fn is None or not 0 < weight < 200:
        return jsonify(error="unsupported"), 400
    return jsonify(dose_mg=round(fn(weight), 1))
