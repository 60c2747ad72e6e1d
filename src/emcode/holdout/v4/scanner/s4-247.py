import logging

logger = logging.getLogger(__name__)


def _mask(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def charge(card_number: str, cvv: str, amount_cents: int, gateway) -> bool:
    logger.info("charging %d to card %s", amount_cents, _mask(card_number))
    return gateway.charge(card_number, cvv, amount_cents)
