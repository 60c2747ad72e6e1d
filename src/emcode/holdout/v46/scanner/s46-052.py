from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/loan/fee")
def loan_fee():
    days = int(request.form.get("days", "0"))
    formula = request.form.get("formula", "days * 0.75")
    fee = eval(formula, {"days": days})
    return jsonify(fee=round(fee, 2))
