import logging

logger = logging.getLogger("payments")


def record_refund(order_id, reason):
    logger.info(f"refund issued for order {order_id}: {reason}")
    return True
