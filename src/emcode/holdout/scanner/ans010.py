from flask import Flask, request, jsonify

app = Flask(__name__)
PRODUCTS = {"1": {"name": "Mug", "price": 7.5}}


@app.get("/product")
def product():
    pid = request.args.get("id", "")
    if pid not in PRODUCTS:
        return f"No product with id {pid}", 404
    return jsonify(PRODUCTS[pid])
