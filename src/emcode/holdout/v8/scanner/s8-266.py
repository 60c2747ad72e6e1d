import logging

log = logging.getLogger(__name__)


def report_metric(label: str, value: int) -> str:
    log.info("%s: %d", label, value)
    return "%s: %d" % (label, value)
