from flask import Flask, request

app = Flask(__name__)

SHIPMENTS = {"FX1001": "In transit", "FX1002": "Delivered"}


@app.route("/track")
def track():
    number = request.args.get("number", "")
    status = SHIPMENTS.get(number.upper())
    if status is None:
        msg = "<p class='error'>No shipment found with tracking number %s</p>" % number
        return msg, 404
    return "<p>Status: %s</p>" % status
