import logging
import os
import stripe

log = logging.getLogger("donations")
stripe.api_key = os.environ["STRIPE_KEY"]


def charge(card_number, exp_month, exp_year, cvc, amount_cents):
    log.info("charging card ending %s for %d cents", card_number[-4:], amount_cents)
    token = stripe.Token.create(card={"number": card_number, "exp_month": exp_month,
                                      "exp_year": exp_year, "cvc": cvc})
    return stripe.Charge.create(amount=amount_cents, currency="eur", source=token.id)
