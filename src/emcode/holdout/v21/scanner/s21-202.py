import logging
import os
import requests

log = logging.getLogger("crm.client")


def _masked(headers):
    return {k: ("***" if k.lower() in ("authorization", "x-api-key") else v) for k, v in headers.items()}


def fetch_contacts(page=1):
    headers = {"Authorization": "Bearer " + os.environ["CRM_TOKEN"], "Accept": "application/json"}
    log.debug("GET /contacts page=%d headers=%s", page, _masked(headers))
    r = requests.get("https://crm.example.com/api/contacts", params={"page": page}, headers=headers, timeout=10)
    r.raise_for_status()
    return r.json()
