from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
SERVICES = {"billing": "http://billing.internal:8080", "claims": "http://claims.internal:8080"}


@app.get("/proxy/{service}/{path:path}")
async def proxy(service: str, path: str):
    base = SERVICES.get(service)
    if base is None or ".." in path.split("/"):
        raise HTTPException(404)
    url = f"{base}/api/{quote(path, safe='/')}"
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        r = await client.get(url)
    return {"status": r.status_code, "body": r.text[:1000]}
