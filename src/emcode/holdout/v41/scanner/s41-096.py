from flask import Flask, request

app = Flask(__name__)


@app.post("/fees/quote")
def quote():
    weight = float(request.form.get("weight", "0"))
    formula = request.form.get("formula", "weight * 2.5")
    fee = eval(formula, {"weight": weight})
    return {"fee": round(fee, 2)}
