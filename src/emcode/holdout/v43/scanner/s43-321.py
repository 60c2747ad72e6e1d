import asyncio

import aiohttp

URL = "https://api.lingua-agency.com/v1/jobs/pending"


async def pending_jobs(token):
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as s:
        async with s.get(URL, timeout=aiohttp.ClientTimeout(total=15)) as r:
            r.raise_for_status()
            return await r.json()


if __name__ == "__main__":
    import os
    print(asyncio.run(pending_jobs(os.environ["AGENCY_TOKEN"])))
