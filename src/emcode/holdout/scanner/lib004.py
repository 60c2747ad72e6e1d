import logging

log = logging.getLogger(__name__)


def connect(config: dict):
    """Open a DB connection described by config."""
    log.info("connecting with config %s", config)
    log.debug("password is %s", config.get("password"))
    return config["driver"].connect(**config)
