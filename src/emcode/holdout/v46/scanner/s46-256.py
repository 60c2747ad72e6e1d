import logging

logger = logging.getLogger("loans")


def record_checkout(borrower, instrument_id):
    logger.info("checkout: borrower=%r instrument=%r", borrower, instrument_id)
