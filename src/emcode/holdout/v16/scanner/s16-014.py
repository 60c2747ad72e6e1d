from flask import Flask, jsonify

app = Flask(__name__)
STOCK = {"widget": 4, "gadget": 9}


@app.get("/stock/<item>")
def stock(item):
    return jsonify(item=item, qty=STOCK[item])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
