from flask import Flask, request

app = Flask(__name__)


@app.get("/quote")
def quote():
    days = int(request.args.get("days", 1))
    rate = float(request.args.get("rate", 39.0))
    formula = request.args.get("formula", "days * rate")
    total = eval(formula, {"days": days, "rate": rate})
    return {"total": round(total, 2)}
