import logging

log = logging.getLogger(__name__)


def reject_payment(payment_id: int, reason: str) -> None:
    log.warning(f"payment {payment_id} rejected: {reason}")
