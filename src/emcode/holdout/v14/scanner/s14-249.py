import html
from flask import Flask, request, abort

app = Flask(__name__)
ORDERS = {}


def h(value) -> str:
    return html.escape(str(value), quote=True)


PAGE = """<!doctype html>
<h1>Order {oid}</h1>
<dl>
  <dt>Customer</dt><dd>{customer}</dd>
  <dt>Note</dt><dd>{note}</dd>
</dl>"""


@app.post("/orders")
def create_order():
    oid = len(ORDERS) + 1
    ORDERS[oid] = {"customer": request.form.get("customer", ""), "note": request.form.get("note", "")}
    return {"id": oid}, 201


@app.get("/orders/<int:oid>")
def show_order(oid):
    order = ORDERS.get(oid)
    if order is None:
        abort(404)
    return PAGE.format(oid=oid, customer=h(order["customer"]), note=h(order["note"]))
