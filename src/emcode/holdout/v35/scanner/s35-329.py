from flask import Flask, request

app = Flask(__name__)


@app.get("/calc/discount")
def discount():
    expr = request.args.get("expr", "0.1")
    rate = eval(expr)
    price = float(request.args.get("price", "20"))
    return {"final": round(price * (1 - rate), 2)}


def format_eur(amount):
    return f"{amount:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".