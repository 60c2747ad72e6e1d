from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    cart = request.get_json(force=True)
    items = cart.get("items", [])
    total = sum(float(i["price"]) * int(i["qty"]) for i in items)
    return jsonify({"items": len(items), "total": round(total, 2)})
