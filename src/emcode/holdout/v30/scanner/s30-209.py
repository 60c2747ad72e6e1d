from flask import Flask, request

app = Flask(__name__)
STOCK = {"A-100": 42, "B-220": 0}


@app.route("/stock")
def stock_level():
    sku = request.args.get("sku", "")
    if sku not in STOCK:
        msg = "<p class='err'>Unknown SKU: %s</p>" % sku
        return msg, 404
    return {"sku": sku, "on_hand": STOCK[sku]}
