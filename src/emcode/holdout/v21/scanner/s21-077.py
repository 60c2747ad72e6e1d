import httpx


def tenant_health(tenant: dict) -> int:
    with httpx.Client(base_url=tenant["api_base"], timeout=3.0) as client:
        return client.get("/health").status_code
