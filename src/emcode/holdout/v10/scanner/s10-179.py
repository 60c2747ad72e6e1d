import json
import logging


class PaymentLogger:
    def __init__(self) -> None:
        self.log = logging.getLogger("payments")

    def declined(self, customer_ref: str, reason: str) -> None:
        self.log.error(json.dumps({"event": "declined", "customer": customer_ref, "reason": reason}))
