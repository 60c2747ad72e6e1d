from flask import Flask, request

app = Flask(__name__)


@app.get("/pledge-calc")
def pledge_calc():
    try:
        value = float(request.args.get("value", "0"))
        months = int(request.args.get("months", "1"))
    except ValueError:
        return "invalid input", 400, {"Content-Type": "text/plain"}
    fee = value * 0.04 * months
    return "<p>Loan %.2f for %d months: fee %.2f</p>" % (value, months, fee)
