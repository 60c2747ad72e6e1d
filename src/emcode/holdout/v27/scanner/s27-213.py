import logging

log = logging.getLogger("payments")


def mask(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def charge(pan: str, amount_cents: int, gateway) -> str:
    log.info("charging card %s amount %d", mask(pan), amount_cents)
    return gateway.charge(pan, amount_cents)
