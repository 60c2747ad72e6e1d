from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/fares/quote")
def quote():
    data = request.get_json(force=True)
    km = float(data["km"])
    minutes = float(data["minutes"])
    formula = data.get("formula", "3.2 + km * 1.45 + minutes * 0.3")
    price = eval(formula, {"km": km, "minutes": minutes})
    return jsonify(price=round(price, 2))
