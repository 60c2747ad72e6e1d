from fastapi import FastAPI
from pydantic import BaseModel
import httpx

app = FastAPI()


class Command(BaseModel):
    device_ip: str
    action: str


@app.post("/devices/command")
async def command(cmd: Command):
    async with httpx.AsyncClient(timeout=3) as client:
        r = await client.post(f"http://{cmd.device_ip}/api/{cmd.action}")
    return {"status": r.status_code, "body": r.text[:500]}
