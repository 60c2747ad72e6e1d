import logging

log = logging.getLogger("telemetry")


def record_handshake(callsign, firmware):
    log.info("handshake from %s firmware=%s", callsign, firmware)
    return {"callsign": callsign, "firmware": firmware}
