import logging

log = logging.getLogger("tickets.payments")


def charge(gateway, card_number, cvv, amount_pence):
    log.debug("charging card ending %s for %d", card_number[-4:], amount_pence)
    return gateway.charge(card_number=card_number, cvv=cvv, amount=amount_pence)
