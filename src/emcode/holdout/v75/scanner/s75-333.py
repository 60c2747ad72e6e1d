from flask import Flask, request

app = Flask(__name__)


@app.route("/fees/quote")
def quote_fee():
    size = float(request.args.get("size", 0))
    formula = request.args.get("formula", "size * 0.45 + 12")
    fee = eval(formula, {"size": size})
    return {"fee": round(fee, 2)}
