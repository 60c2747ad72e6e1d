import logging

audit = logging.getLogger("orders.audit")


def _one_line(s: object) -> str:
    return str(s).replace("\r", " ").replace("\n", " ")


def audit_order_change(order_id: int, field: str, new_value: str, actor: str) -> None:
    audit.info("order %d: %s set %s to %s", int(order_id), _one_line(actor), _one_line(field), _one_line(new_value))
