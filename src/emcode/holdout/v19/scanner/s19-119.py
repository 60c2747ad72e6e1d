import os
import requests
import logging

log = logging.getLogger("billing")
GATEWAY = "https://payments.example.net/v2/charge"
CA_BUNDLE = os.environ.get("GATEWAY_CA", True)


def charge(card_token, amount_cents, currency="EUR"):
    body = {"source": card_token, "amount": amount_cents, "currency": currency}
    resp = requests.post(GATEWAY, json=body, verify=CA_BUNDLE, timeout=10)
    log.info("charge status %s", resp.status_code)
    resp.raise_for_status()
    return resp.json()["id"]
