from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/rates/calc", methods=["POST"])
def calc_rate():
    formula = request.json.get("formula", "base")
    nights = int(request.json.get("nights", 1))
    env = {"base": 89.0, "nights": nights, "tax": 0.12}
    total = eval(formula, {}, env)
    return jsonify({"total": round(total, 2)})
