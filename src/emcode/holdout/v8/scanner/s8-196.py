import logging

audit = logging.getLogger("orders.audit")


def audit_order_change(order_id, field, new_value, actor):
    msg = "order " + str(order_id) + ": " + actor + " set " + field + " to " + new_value
    audit.info(msg)
