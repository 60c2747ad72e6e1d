from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/quote")
def repair_quote():
    data = request.get_json(force=True) or {}
    lines = []
    total = 0.0
    for item in data.get("items", []):
        try:
            price = float(item.get("price", 0))
        except (TypeError, ValueError):
            return jsonify(error="bad price"), 400
        total += price
        lines.append({"part": str(item.get("part", "?")), "price": round(price, 2)})
    return jsonify(lines=lines, total=round(total, 2))
