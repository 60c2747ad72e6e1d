import httpx

def get_tenant_config(tenant_api: str, tenant_id: str) -> dict:
    with httpx.Client(base_url=tenant_api) as c:
        return c.get(f"/tenants/{tenant_id}/config").json()
