from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/bookings/<int:ref>/receipt")
def receipt(ref):
    resp = jsonify(ref=ref, total="35.00")
    resp.headers["X-Booking-Ref"] = str(ref)
    return resp
