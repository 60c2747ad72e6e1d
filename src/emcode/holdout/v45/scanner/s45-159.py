from flask import Flask, request, jsonify

app = Flask(__name__)

BASE = {"adult": 24.0, "child": 12.0, "car": 55.0}


@app.post("/fares/quote")
def quote():
    data = request.get_json(silent=True) or {}
    total = 0.0
    for kind, price in BASE.items():
        try:
            n = int(data.get(kind, 0))
        except (TypeError, ValueError):
            return jsonify(error=f"{kind} must be a whole number"), 400
        if n < 0 or n > 50:
            return jsonify(error=f"{kind} out of range"), 400
        total += n * price
    return jsonify(total=round(total, 2))
