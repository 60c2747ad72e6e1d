from flask import Flask, request

app = Flask(__name__)

PROMOS = {"SPRING5": 5, "ROAST10": 10}


@app.route("/promo")
def promo():
    code = request.args.get("code", "")
    if code not in PROMOS:
        msg = "Unknown promo code: " + code
        return msg, 404
    return {"code": code, "percent": PROMOS[code]}
