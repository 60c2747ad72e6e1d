from flask import Flask, request, jsonify

app = Flask(__name__)
STOCK = {"A-100": 12, "B-200": 0}

@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    if sku not in STOCK:
        err = f"<p class='error'>Unknown SKU: {sku}</p>"
        return err, 404
    return jsonify(sku=sku, qty=STOCK[sku])
