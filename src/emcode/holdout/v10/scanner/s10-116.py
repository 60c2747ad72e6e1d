import asyncio
import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
HOST = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$")


@app.get("/dns")
async def dns(domain: str):
    if not HOST.fullmatch(domain):
        raise HTTPException(400, "invalid domain")
    proc = await asyncio.create_subprocess_exec("dig", "+short", "--", domain, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"answers": out.decode().split()}
