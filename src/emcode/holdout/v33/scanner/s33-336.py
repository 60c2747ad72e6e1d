import hashlib
import logging

log = logging.getLogger("registry.client")


def authenticate(session, api_key):
    fp = hashlib.sha256(api_key.encode()).hexdigest()[:8]
    log.debug("authenticating with key fingerprint %s", fp)
    session.headers["X-Api-Key"] = api_key
    return session
