import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class SyncRequest(BaseModel):
    partner_host: str
    member_id: str


@app.post("/sync")
async def sync(req: SyncRequest):
    url = f"https://{req.partner_host}/api/members/{req.member_id}/balance"
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)
    return {"balance": r.json().get("miles")}
