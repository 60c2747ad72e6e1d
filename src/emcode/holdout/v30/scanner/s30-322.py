from flask import Flask, abort, request

app = Flask(__name__)

PLANS = {
    "standard": lambda days, rate: days * rate,
    "weekly": lambda days, rate: (days // 7) * rate * 6 + (days % 7) * rate,
    "weekend": lambda days, rate: days * rate * 0.85,
}


@app.get("/quote")
def quote():
    days = request.args.get("days", 1, type=int)
    rate = request.args.get("rate", 39.0, type=float)
    plan = PLANS.get(request.args.get("plan", "standard"))
    if plan is None or days < 1:
        abort(400)
    return {"total": round(plan(days, rate), 2)}
