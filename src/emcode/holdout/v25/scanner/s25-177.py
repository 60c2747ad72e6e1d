import logging


class SafeFormatter(logging.Formatter):
    def format(self, record):
        text = super().format(record)
        return text.encode("unicode_escape").decode("ascii")


handler = logging.StreamHandler()
handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(message)s"))
log = logging.getLogger("church.donations")
log.addHandler(handler)
log.setLevel(logging.INFO)


def record_donation(donor: str, amount: float) -> None:
    log.info("donation from %s of %.2f", donor, amount)
