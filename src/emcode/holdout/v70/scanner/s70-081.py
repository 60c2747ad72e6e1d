import logging

log = logging.getLogger(__name__)


def connect(dsn_user, dsn_password, host):
    log.debug("connecting with user=%s password=%s host=%s", dsn_user, dsn_password, host)
    return f"postgresql://{dsn_user}:{dsn_password}@{host}/seedbank"
