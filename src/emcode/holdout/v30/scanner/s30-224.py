from flask import Flask, jsonify, request

app = Flask(__name__)
STOCK = {"A-100": 42, "B-220": 0}


@app.route("/stock")
def stock_level():
    sku = request.args.get("sku", "")
    if sku not in STOCK:
        msg = "Unknown SKU: %s" % sku
        return jsonify(error=msg), 404
    return jsonify(sku=sku, on_hand=STOCK[sku])
