from urllib.parse import quote
import requests

BASE = "https://reports.internal.example/reports/"


def download_report(report_id: str) -> bytes:
    if not report_id.isdigit():
        raise ValueError("report id must be numeric")
    url = BASE + quote(report_id, safe="") + ".pdf"
    return requests.get(url, timeout=10, allow_redirects=False).content
