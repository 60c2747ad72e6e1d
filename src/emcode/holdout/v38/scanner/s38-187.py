from flask import Flask, request

app = Flask(__name__)


@app.route("/pricing/preview", methods=["POST"])
def preview_price():
    formula = request.form.get("formula", "base")
    base = float(request.form.get("base", "0"))
    price = eval(formula, {"base": base})
    return {"price": round(price, 2)}
