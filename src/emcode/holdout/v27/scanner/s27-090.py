import logging

log = logging.getLogger("elevators")


def record_fault(car: str, code: str) -> None:
    log.error("fault on car %r: code %r", car, code)
