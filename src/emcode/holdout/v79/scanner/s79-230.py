import logging

log = logging.getLogger(__name__)


def connect(user, password, host):
    dsn = f"postgresql://{user}:{password}@{host}/foodbank"
    log.debug("connecting to %s as %s", host, user)
    return dsn
