import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/feeds/import")
async def import_feed(host: str, path: str = "/rss.xml"):
    feed_url = f"http://{host}{path}"
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(feed_url)
    return {"bytes": len(r.content)}
