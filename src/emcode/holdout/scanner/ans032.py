import logging

logger = logging.getLogger(__name__)


def charge(card_number: str, cvv: str, amount: float, gateway) -> str:
    logger.debug(f"Charging card {card_number} cvv {cvv} amount {amount}")
    return gateway.charge(card_number, cvv, amount)
