from flask import Flask, abort, jsonify, request

app = Flask(__name__)

BASE, PER_KM, PER_MIN = 3.2, 1.45, 0.3


@app.post("/fares/quote")
def quote():
    data = request.get_json(force=True)
    try:
        km = float(data["km"])
        minutes = float(data["minutes"])
    except (KeyError, TypeError, ValueError):
        abort(400)
    price = BASE + km * PER_KM + minutes * PER_MIN
    return jsonify(price=round(price, 2))
