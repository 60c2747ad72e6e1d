import logging

logger = logging.getLogger(__name__)


def note_lamp_fault(tower, comment):
    logger.warning("lamp fault at %r: %r", tower, comment)
