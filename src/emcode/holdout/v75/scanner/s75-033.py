import logging

logger = logging.getLogger(__name__)
DOORS = {"N": "north", "S": "south"}


def record_failed_checkin(member_id, door):
    logger.info("Failed check-in at %s door for member #%d", DOORS.get(door, "unknown"), int(member_id))
