import logging

logger = logging.getLogger(__name__)


def charge(card_number: str, cvv: str, amount_cents: int, gateway) -> bool:
    logger.info(f"charging {amount_cents} to card {card_number} cvv {cvv}")
    return gateway.charge(card_number, cvv, amount_cents)
