import logging

log = logging.getLogger("payments")

class Processor:
    def __init__(self, gateway):
        self.gateway = gateway

    def charge(self, card_number: str, cvv: str, cents: int) -> str:
        log.info("charging card ending %s amount=%d", card_number[-4:], cents)
        tx = self.gateway.charge(card_number, cvv, cents)
        log.info("charge ok tx=%s", tx)
        return tx
