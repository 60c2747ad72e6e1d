from flask import Flask, request, jsonify

app = Flask(__name__)
FORMULAS = {
    "meloxicam": lambda w: w * 0.1,
    "amoxicillin": lambda w: w * 12.5,
    "gabapentin": lambda w: w * 5.0,
}


@app.post("/dosage")
def dosage():
    data = request.get_json(silent=True) or {}
    try:
        weight = float(data["weight_kg"])
    except (KeyError, TypeError, ValueError):
        return jsonify(error="weight_kg required"), 400
    fn = FORMULAS.get(data.get("drug"))
    if fn is None or not 0 < weight < 150:
        return jsonify(error="unknown drug or implausible weight"), 400
    return jsonify(dose_mg=round(fn(weight), 2))
