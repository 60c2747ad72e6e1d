import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/mirror/health")
async def mirror_health(mirror: str):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"http://{mirror}/simple/")
    return {"mirror": mirror, "ok": r.status_code == 200}
