import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Feed(BaseModel):
    url: str


@app.post("/gardens/import-events")
async def import_events(feed: Feed):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(feed.url)
    events = resp.json()
    return {"imported": len(events), "first": events[0]["tit