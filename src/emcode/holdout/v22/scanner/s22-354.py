import os

import httpx

SIS = "https://sis.school.example/api"


async def fetch_roster(class_id: int) -> list[dict]:
    async with httpx.AsyncClient(verify=os.environ.get("SIS_CA", True), timeout=15) as client:
        resp = await client.get(f"{SIS}/classes/{int(class_id)}/roster",
                                headers={"Authorization": f"Bearer {os.environ['SIS_TOKEN']}"})
        resp.raise_for_status()
        return resp.json()["students"]
