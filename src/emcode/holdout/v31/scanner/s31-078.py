import logging
import time

log = logging.getLogger("payroll.batch")


def run_batch(employees, pay_fn):
    started = time.monotonic()
    failed = 0
    for emp in employees:
        try:
            pay_fn(emp)
        except Exception:
            failed += 1
    log.info("batch done: %d employees, %d failed, %.1fs", len(employees), failed, time.monotonic() - started)
    return failed
