from flask import Flask, session, jsonify, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "b4rista-s3cret-2024"


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    cart = session.setdefault("cart", [])
    cart.append(int(request.json["bean_id"]))
    session.modified = True
    return jsonify(cart=cart)
