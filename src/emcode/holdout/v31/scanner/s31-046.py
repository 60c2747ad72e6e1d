from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tickets/price-rule")
def price_rule():
    rule = request.form["rule"]
    base = float(request.form.get("base", "50"))
    price = eval(rule, {"base": base})
    if price < 0:
        return jsonify(error="negative price"), 400
    return jsonify(price=round(pri