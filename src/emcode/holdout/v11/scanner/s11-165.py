from flask import Flask, jsonify

app = Flask(__name__)
INVOICES = {1: {"amount": 120.0, "paid": False}}


@app.get("/invoices/<int:inv_id>")
def invoice(inv_id):
    inv = INVOICES.get(inv_id)
    return (jsonify(inv), 200) if inv else (jsonify(error="not found"), 404)


@app.post("/invoices/<int:inv_id>/pay")
def pay(inv_id):
    INVOICES[inv_id]["paid"] = True
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
