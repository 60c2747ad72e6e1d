from flask import Flask, request, jsonify

app = Flask(__name__)

BASE = 89.0
TAX = 0.12
FORMULAS = {
    "standard": lambda n: BASE * n * (1 + TAX),
    "weekly": lambda n: BASE * n * 0.85 * (1 + TAX),
    "member": lambda n: (BASE - 10) * n * (1 + TAX),
}


@app.route("/rates/calc", methods=["POST"])
def calc_rate():
    plan = request.json.get("plan", "standard")
    nights = int(request.json.get("nights", 1))
    fn = FORMULAS.get(plan)
    if fn is None or not 1 <= nights <= 60:
        return jsonify({"error": "bad request"}), 400
    return jsonify({"total": round(fn(nights), 2)})
