import logging

log = logging.getLogger(__name__)


def connect_vault(client, user, password):
    try:
        return client.login(user, password)
    except Exception:
        log.error("vault login failed for user %r", user)
        raise
