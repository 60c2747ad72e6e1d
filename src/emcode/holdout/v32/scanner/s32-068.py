from flask import Flask, request, jsonify

app = Flask(__name__)

PROMOS = {"SPRING5": 5, "ROAST10": 10}


@app.route("/promo")
def promo():
    code = request.args.get("code", "")
    if code not in PROMOS:
        return jsonify(error="unknown promo code", code=code), 404
    return jsonify(code=code, percent=PROMOS[code])
