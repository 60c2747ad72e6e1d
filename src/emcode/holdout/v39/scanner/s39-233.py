from flask import Flask, request

app = Flask(__name__)


@app.post("/quote")
def quote():
    days = int(request.form.get("days", "1"))
    formula = request.form.get("formula", "days * 85")
    price = eval(formula, {"days": days})
    return {"price": price}
