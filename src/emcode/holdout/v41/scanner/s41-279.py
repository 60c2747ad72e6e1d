import logging

logger = logging.getLogger("telemetry")


def log_reading(panel_index: int, watts: float, volts: float) -> None:
    logger.info("panel=%d watts=%.1f volts=%.1f", int(panel_index), float(watts), float(volts))
