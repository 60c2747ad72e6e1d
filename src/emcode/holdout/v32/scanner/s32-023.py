from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/quote", methods=["POST"])
def quote():
    payload = request.get_json()
    grams = float(payload.get("grams", 250))
    expr = payload.get("pricing", "grams * 0.04")
    price = eval(expr, {"__builtins__": {}}, {"grams": grams})
    return jsonify(price=round(price, 2))
