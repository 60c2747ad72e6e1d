import logging

logger = logging.getLogger("loans")


def record_checkout(borrower, instrument_id):
    logger.info(f"checkout: borrower={borrower} instrument={instrument_id}")
