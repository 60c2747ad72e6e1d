import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/validate-feed")
async def validate_feed(url: str):
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        r = await client.get(url)
    ok = r.status_code == 200 and b"<rss" in r.content[:2048]
    return {"url": url, "valid": ok}
