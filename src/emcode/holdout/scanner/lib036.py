import logging

log = logging.getLogger(__name__)
SECRET_KEYS = {"password", "token", "secret"}


def connect(config: dict):
    """Open a DB connection described by config."""
    redacted = {k: ("***" if k in SECRET_KEYS else v) for k, v in config.items()}
    log.info("connecting with config %s", redacted)
    return config["driver"].connect(**config)
