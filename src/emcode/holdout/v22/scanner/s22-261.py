from flask import Flask, request

app = Flask(__name__)


@app.get("/quote")
def quote():
    formula = request.args.get("formula", "base * 1.2")
    base = float(request.args.get("base", "10"))
    total = eval(formula, {"base": base})
    return {"total": round(total, 2)}
