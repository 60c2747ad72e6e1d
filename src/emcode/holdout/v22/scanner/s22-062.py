import logging

logger = logging.getLogger(__name__)


def accept_order(order_id: int, customer: str, note: str) -> None:
    logger.info(f"order {order_id} accepted for {customer}; note: {note}")
