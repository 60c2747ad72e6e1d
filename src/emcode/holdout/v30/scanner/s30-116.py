import asyncio
import os

import httpx

API = "https://api.podhost.io/v2"


async def publish(episode_id: int) -> dict:
    headers = {"Authorization": f"Bearer {os.environ['PODHOST_TOKEN']}"}
    async with httpx.AsyncClient(base_url=API, headers=headers, timeout=20) as client:
        r = await client.post(f"/episodes/{episode_id}/publish")
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    import sys
    print(asyncio.run(publish(int(sys.argv[1]))))
