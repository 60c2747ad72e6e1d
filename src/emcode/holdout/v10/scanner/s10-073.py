import os
import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]


def refund(charge_id: str, cents: int | None = None):
    params = {"charge": charge_id}
    if cents is not None:
        params["amount"] = cents
    return stripe.Refund.create(**par