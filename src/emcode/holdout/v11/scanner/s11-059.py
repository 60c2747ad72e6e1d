import os

from flask import Flask, jsonify

app = Flask(__name__)
INVOICES = {1: {"amount": 120.0, "paid": False}}


@app.get("/invoices/<int:inv_id>")
def invoice(inv_id):
    inv = INVOICES.get(inv_id)
    return (jsonify(inv), 200) if inv else (jsonify(error="not found"), 404)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
