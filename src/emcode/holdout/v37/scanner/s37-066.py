import logging

logger = logging.getLogger(__name__)


def log_withdrawal(lot_label, grams, requested_by):
    logger.info("withdrawal lot=%r grams=%d by=%r", lot_label, int(grams), requested_by)
    return True
