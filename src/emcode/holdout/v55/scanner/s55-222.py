import logging

logger = logging.getLogger("ferry.checkin")


def _one_line(s):
    return str(s).encode("unicode_escape").decode("ascii")


def record_checkin(ticket_ref, passenger_name, vehicle_reg):
    logger.warning("check-in %s passenger=%s vehicle=%s",
                   _one_line(ticket_ref), _one_line(passenger_name), _one_line(vehicle_reg))
