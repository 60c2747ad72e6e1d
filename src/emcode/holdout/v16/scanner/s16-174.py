import os
from flask import Flask, jsonify, abort

app = Flask(__name__)
STOCK = {"widget": 4, "gadget": 9}


@app.get("/stock/<item>")
def stock(item):
    if item not in STOCK:
        abort(404)
    return jsonify(item=item, qty=STOCK[item])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
