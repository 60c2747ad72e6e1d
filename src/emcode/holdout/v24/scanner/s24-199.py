import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy/{service}/{path:path}")
async def proxy(service: str, path: str):
    url = "http://" + service + ".internal:8080/" + path
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)
    return {"status": r.status_code, "body": r.text[:1000]}
