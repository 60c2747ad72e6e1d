import logging

logger = logging.getLogger(__name__)


def log_withdrawal(lot_label, grams, requested_by):
    logger.info(f"withdrawal lot={lot_label} grams={grams} by={requested_by}")
    return True
