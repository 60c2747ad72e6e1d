import logging

log = logging.getLogger("buses.delays")


def report_delay(route, minutes):
    route_clean = route.replace("\r", "\\r").replace("\n", "\\n")
    log.info("route %s delayed by %d min", route_clean, int(minutes))
