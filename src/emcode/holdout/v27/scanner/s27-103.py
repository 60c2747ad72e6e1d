from flask import Flask, request, jsonify

app = Flask(__name__)
STOCK = {"basil": 120, "kale": 40}


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    return jsonify(item=item, count=STOCK.get(item.lower(), 0))
