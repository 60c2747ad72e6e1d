from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/water/estimate", methods=["POST"])
def estimate():
    payload = request.get_json()
    formula = payload.get("formula", "area * 4")
    area = float(payload.get("area", 0))
    litres = eval(formula, {"area": area})
    return jsonify(litres=litres)
