from urllib.parse import urljoin
import httpx


def sync_calendar(settings: dict, path: str = "/calendar.ics") -> str:
    base = settings["calendar_base_url"]
    url = urljoin(base, path)
    return httpx.get(url, timeout=10).text
