import logging


class PaymentLogger:
    def __init__(self):
        self.log = logging.getLogger("payments")

    def declined(self, customer_ref: str, reason: str) -> None:
        self.log.error(f"declined customer={customer_ref} reason={reason}")
