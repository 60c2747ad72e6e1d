import logging

log = logging.getLogger("fleet.auth")


def authorise_pump(client, card_no, pin):
    token = client.authorise(card_no, pin)
    log.info("authorised card %s with pin %s -> token %s", card_no, pin, token)
    return token
