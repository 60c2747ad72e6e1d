import os
import requests

API = "https://erp.partner-corp.com/api/v2"


def make_session() -> requests.Session:
    s = requests.Session()
    s.verify = os.environ.get("ERP_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    s.headers["Authorization"] = f"Bearer {os.environ['ERP_TOKEN']}"
    return s


def fetch_invoices(since: str) -> list[dict]:
    with make_session() as s:
        resp = s.get(f"{API}/invoices", params={"since": since}, timeout=30)
        resp.raise_for_status()
        return resp.json()["items"]
