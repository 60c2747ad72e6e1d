import asyncio
import os

import httpx

API = "https://api.brackethq.example.net/v1"


async def fetch_matches(event_id: int):
    headers = {"Authorization": f"Bearer {os.environ['BRACKET_API_KEY']}"}
    async with httpx.AsyncClient(base_url=API, headers=headers, timeout=10) as client:
        r = await client.get(f"/events/{event_id}/matches")
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    import sys
    for m in asyncio.run(fetch_matches(int(sys.argv[1]))):
        print(m["id"], m["status"])
