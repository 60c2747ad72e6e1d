import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
MIRRORS = {
    "eu": "https://eu.mirror.pkgindex.example",
    "us": "https://us.mirror.pkgindex.example",
    "ap": "https://ap.mirror.pkgindex.example",
}


@app.get("/mirror/health")
async def mirror_health(mirror: str):
    base = MIRRORS.get(mirror)
    if base is None:
        raise HTTPException(404)
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"{base}/simple/")
    return {"mirror": mirror, "ok": r.status_code == 200}
