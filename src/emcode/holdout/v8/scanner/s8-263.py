import logging

log = logging.getLogger(__name__)


def report_metric(label, value):
    fmt = label + ": %d"
    log.info(fmt, value)
    return fmt % value
