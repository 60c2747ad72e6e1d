from flask import Flask, request, jsonify

app = Flask(__name__)

PRICING = {
    "standard": lambda g: g * 0.04,
    "subscriber": lambda g: g * 0.035,
    "wholesale": lambda g: g * 0.028,
}


@app.route("/quote", methods=["POST"])
def quote():
    payload = request.get_json(force=True)
    grams = float(payload.get("grams", 250))
    rule = PRICING.get(payload.get("plan", "standard"))
    if rule is None or grams <= 0:
        return jsonify(error="bad request"), 400
    return jsonify(price=round(rule(grams), 2))
