import pickle as serial

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sync", methods=["POST"])
def sync():
    state = serial.loads(request.data)
    bookings = state.get("bookings", [])
    summary = {
        "rooms": sorted({b["room"] for b in bookings}),
        "total": len(bookings),
    }
    return jsonify(summ