import logging

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("billing")


def charge(payload, gateway):
    log.info("charging payload=%s", payload)
    result = gateway.charge(amount=payload["amount"], card=payload["card_number"], cvv=payload["cvv"])
    log.info("charge ok %s for card %s", result.id, payload["card_number"])
    return result.id
