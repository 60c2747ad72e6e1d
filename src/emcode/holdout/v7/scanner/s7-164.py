import os
import requests
import urllib3

urllib3.disable_warnings()
API = "https://erp.partner-corp.com/api/v2"


def fetch_invoices(since):
    resp = requests.get(f"{API}/invoices", params={"since": since},
                        headers={"Authorization": f"Bearer {os.environ['ERP_TOKEN']}"},
                        verify=False, timeout=30)
    resp.raise_for_status()
    return resp.json()["items"]


if __name__ == "__main__":
    for inv in fetch_invoices("2024-01-01"):
        print(inv["number"], inv["total"])
