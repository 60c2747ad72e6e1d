import logging
import os
import requests

log = logging.getLogger("deploy")


def mask(secret: str) -> str:
    return "*" * max(len(secret) - 4, 0) + secret[-4:]


def trigger(service: str) -> None:
    token = os.environ["DEPLOY_TOKEN"]
    log.info("triggering %s with token %s", service, mask(token))
    r = requests.post(f"https://deploy.internal/api/services/{service}/deploy",
                      headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    log.info("deploy of %s accepted: %s", service, r.status_code)
