import asyncio
import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
SERIAL = re.compile(r"HA[0-9]{8}")


@app.post("/devices/{serial}/firmware-check")
async def firmware_check(serial: str):
    if not SERIAL.fullmatch(serial):
        raise HTTPException(400, "bad serial")
    proc = await asyncio.create_subprocess_exec(
        "fwtool", "query", "--serial", serial,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=20)
    return {"serial": serial, "firmware": out.decode().strip()}
