from flask import Flask, jsonify

app = Flask(__name__)
ORDERS = []


@app.post("/orders")
def create_order():
    ORDERS.append({"id": len(ORDERS) + 1})
    return jsonify(ORDERS[-1]), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
