import logging

logger = logging.getLogger(__name__)


def note_lamp_fault(tower, comment):
    logger.warning(f"lamp fault at {tower}: {comment}")
