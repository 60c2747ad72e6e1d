from flask import Flask, request, jsonify

app = Flask(__name__)
STOCK = {"A-100": 12, "B-200": 0}


@app.route("/api/stock")
def stock():
    sku = request.args.get("sku", "")
    if sku not in STOCK:
        return jsonify({"error": "unknown sku", "sku": sku}), 404
    return jsonify({"sku": sku, "qty": STOCK[sku]})
