import logging

log = logging.getLogger("orders")


def order_rejected(order_id, reason):
    log.warning("order %r rejected: %r", order_id, reason)
