import logging

logger = logging.getLogger("ferry.checkin")


def record_checkin(ticket_ref, passenger_name, vehicle_reg):
    logger.warning("check-in " + ticket_ref + " passenger=" + passenger_name + " vehicle=" + vehicle_reg)
