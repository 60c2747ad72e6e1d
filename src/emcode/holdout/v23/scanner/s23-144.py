import logging

log = logging.getLogger("billing")
SENSITIVE = {"card_number", "cvv", "password", "iban"}


def redact(payload: dict) -> dict:
    return {k: ("[redacted]" if k in SENSITIVE else v) for k, v in payload.items()}


def charge(payload: dict, gateway) -> str:
    log.info("charging %s", redact(payload))
    result = gateway.charge(
        amount=payload["amount"], card=payload["card_number"], cvv=payload["cvv"], currency=payload.get("currency", "EUR")
    )
    log.info("charge result id=%s status=%s", result.id, result.status)
    return result.id
