import html
from flask import Flask, request

app = Flask(__name__)
ORDERS = {"A100": ("shipped", "Leave at door"), "A101": ("packing", "")}


def e(value) -> str:
    return html.escape(str(value), quote=True)


@app.route("/orders/status")
def order_status():
    ref = request.args.get("ref", "")
    state = ORDERS.get(ref)
    if state is None:
        body = "<p>No order found for reference {}.</p>".format(e(ref))
        return body, 404
    status, note = state
    body = """
    <h1>Order {ref}</h1>
    <p>Status: {status}</p>
    <p>Your note: {note}</p>
    """.format(ref=e(ref), status=e(status), note=e(note))
    return body
