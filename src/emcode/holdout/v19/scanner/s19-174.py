import json
import logging
import time

logger = logging.getLogger("orders")


def log_order(order_id: int, customer: str, note: str) -> None:
    logger.info(json.dumps({"ts": time.time(), "order": order_id, "customer": customer, "note": note}))
