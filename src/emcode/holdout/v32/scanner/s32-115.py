from urllib.parse import quote

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
EVENTS_API = "https://events.gardenshare.org/api/feeds/"


class Feed(BaseModel):
    feed_id: str


@app.post("/gardens/import-events")
async def import_events(feed: Feed):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(EVENTS_API + quote(feed.feed_id, safe=""))
    events = resp.json()
    return {"imported": len(events), "first": events[0]["tit