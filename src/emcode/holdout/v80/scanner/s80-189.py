import logging

log = logging.getLogger("carpark.payments")


def payment_failed(plate, reason):
    log.error("payment failed for %r: %r", plate, reason)
