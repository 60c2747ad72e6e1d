from flask import Flask, redirect, request, url_for

app = Flask(__name__)
ORDERS = []


@app.post("/order")
def order():
    ORDERS.append({"item": request.form.get("item", "")[:60], "qty": request.form.get("qty", 1, type=int)})
    return redirect(url_for("thanks", n=len(ORDERS)))


@app.get("/thanks/<int:n>")
def thanks(n):
    return {"order_number": n}
