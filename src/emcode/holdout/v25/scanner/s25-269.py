import logging

log = logging.getLogger(__name__)


def reject_payment(payment_id: int, reason: str) -> None:
    log.warning("payment %d rejected: %r", payment_id, reason)
