import logging

logger = logging.getLogger("dispense")


def log_dispense(rx_number, drug, qty, pharmacist):
    logger.info("dispensed rx=%r drug=%r qty=%d by=%r", rx_number, drug, int(qty), pharmacist)
