from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
import httpx

app = FastAPI()
REGISTRY = {"thermostat-1": "10.20.0.11", "lock-2": "10.20.0.12"}
ACTIONS = {"reboot", "status", "sync"}


class Command(BaseModel):
    device_id: str
    action: str


@app.post("/devices/command")
async def command(cmd: Command):
    ip = REGISTRY.get(cmd.device_id)
    if ip is None or cmd.action not in ACTIONS:
        raise HTTPException(404)
    async with httpx.AsyncClient(timeout=3) as client:
        r = await client.post(f"http://{ip}/api/{cmd.action}")
    return {"status": r.status_code}
