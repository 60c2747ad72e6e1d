import re
import httpx

API_BASE = "https://internal-api.local/v1/"
SEGMENT = re.compile(r"[a-z][a-z0-9_/-]{0,80}")


def call_api(endpoint: str, params: dict | None = None):
    if not SEGMENT.fullmatch(endpoint) or ".." in endpoint:
        raise ValueError("invalid endpoint")
    return httpx.get(API_BASE + endpoint, params=params, timeout=5).json()
