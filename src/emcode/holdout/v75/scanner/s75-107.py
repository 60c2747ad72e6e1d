import logging

logger = logging.getLogger(__name__)


def record_failed_checkin(member_name, door):
    logger.info(f"Failed check-in at door {door} for member {member_name}")
