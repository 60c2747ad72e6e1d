from flask import Flask, request

app = Flask(__name__)


@app.route("/plots/fee")
def fee():
    formula = request.args.get("formula", "base * 1")
    base = 12.5
    total = eval(formula, {"base": base})
    return {"fe