import os

import httpx
from fastapi import FastAPI, Request

app = FastAPI()
TARGET = os.environ.get("RELAY_TARGET", "https://internal-hooks.example/ingest")
CA_FILE = os.environ.get("INTERNAL_CA", "/etc/ssl/internal-ca.pem")


@app.post("/relay")
async def relay(request: Request):
    body = await request.body()
    async with httpx.AsyncClient(verify=CA_FILE, timeout=10) as client:
        r = await client.post(TARGET, content=body, headers={"Content-Type": "application/json"})
    return {"forwarded": r.status_code}
