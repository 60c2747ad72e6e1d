from flask import Flask, request, jsonify

app = Flask(__name__)
COUPONS = {"SPRING10": 0.10, "VIP25": 0.25}


@app.route("/api/coupon")
def coupon():
    code = request.args.get("code", "").strip()
    if code in COUPONS:
        return jsonify(code=code, discount=COUPONS[code])
    message = "Coupon " + code + " is not valid or has expired."
    return message, 404
