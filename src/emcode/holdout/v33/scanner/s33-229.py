import logging

log = logging.getLogger("registry.client")


def authenticate(session, api_key):
    log.debug("authenticating with key %s", api_key)
    session.headers["X-Api-Key"] = api_key
    return session
