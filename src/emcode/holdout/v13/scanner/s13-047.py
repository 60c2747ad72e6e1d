from flask import Flask, request, jsonify

app = Flask(__name__)
STOCK = {"A-1": 4}

@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    if sku not in STOCK:
        return jsonify(error="unknown sku", sku=sku), 404
    return jsonify(sku=sku, qty=STOCK[sku])
