from flask import Flask, request, jsonify

app = Flask(__name__)

FORMATS = {
    "short": "Total: {amount:.2f}",
    "long": "Thank you for your order. Total charged: {amount:.2f} EUR",
}


@app.route("/receipt/custom")
def custom_receipt():
    fmt = FORMATS.get(request.args.get("style", "short"), FORMATS["short"])
    return jsonify(receipt=fmt.format(amount=12.5))
