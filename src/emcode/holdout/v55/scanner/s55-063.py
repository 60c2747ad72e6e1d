from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tariff/estimate", methods=["POST"])
def estimate():
    formula = request.form.get("formula", "units * 1.85")
    units = float(request.form.get("units", 0))
    total = eval(formula, {"units": units})
    return jsonify({"estimate": round(total, 2)})
