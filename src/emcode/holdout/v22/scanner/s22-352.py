from flask import Flask, abort, redirect, request

app = Flask(__name__)
PROVIDERS = {
    "mollie": "https://pay.mollie.example/checkout",
    "stripe": "https://checkout.stripe.example/session",
}


@app.post("/tickets/<int:order_id>/pay")
def pay(order_id):
    base = PROVIDERS.get(request.form.get("provider", ""))
    if base is None:
        abort(400)
    return redirect(f"{base}?order={order_id}", code=303)
