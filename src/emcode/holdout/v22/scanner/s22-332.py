import logging

logger = logging.getLogger(__name__)


def accept_order(order_id: int, customer: str, note: str) -> None:
    logger.info("order %d accepted for %r; note: %r", order_id, customer, note)
