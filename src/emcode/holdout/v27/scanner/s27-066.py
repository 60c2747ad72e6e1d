import logging


class OneLine(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(a.replace("\n", "\\n").replace("\r", "\\r") if isinstance(a, str) else a for a in record.args)
        return True


log = logging.getLogger("permits")
log.addFilter(OneLine())


def permit_submitted(applicant: str, address: str) -> None:
    log.info("permit submitted by %s for %s", applicant, address)
