from flask import Flask, request, jsonify

app = Flask(__name__)
COUPONS = {"WELCOME5": 0.05, "BULK15": 0.15}


@app.get("/api/coupons/check")
def check_coupon():
    code = request.args.get("code", "").strip().upper()
    if code not in COUPONS:
        return jsonify(error="invalid coupon", code=code), 404
    return jsonify(code=code, discount=COUPONS[code])
