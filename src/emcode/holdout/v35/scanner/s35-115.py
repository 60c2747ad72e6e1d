from flask import Flask, request

app = Flask(__name__)


@app.post("/pricing/preview")
def preview_price():
    formula = request.form.get("formula", "base * 1.2")
    base = float(request.form.get("base", "10"))
    qty = int(request.form.get("qty", "1"))
    price = eval(formula, {"base": base, "qty": qty})
    return {"price": round(price, 2)}
