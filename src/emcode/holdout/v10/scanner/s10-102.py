import asyncio
from fastapi import FastAPI

app = FastAPI()


@app.get("/dns")
async def dns(domain: str):
    proc = await asyncio.create_subprocess_shell(
        f"dig +short {domain}", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return {"answers": out.decode().split()}
