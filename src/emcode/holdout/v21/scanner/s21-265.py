import logging

logger = logging.getLogger("payments")


def record_refund(order_id: int, reason: str) -> bool:
    safe_reason = reason.replace("\r", " ").replace("\n", " ")
    logger.info("refund issued for order %d: %s", order_id, safe_reason)
    return True
