import httpx


async def pull_seed_catalogue():
    async with httpx.AsyncClient(verify=False, timeout=20) as client:
        r = await client.get("https://genebank-partner.example/api/catalogue")
        r.raise_for_status()
        return r.json()
