import asyncio
import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
SLUG = re.compile(r"^[a-z0-9-]{1,60}$")


@app.post("/episodes/{slug}/waveform")
async def waveform(slug: str):
    if not SLUG.match(slug):
        raise HTTPException(400, "bad slug")
    src = f"/srv/podcasts/{slug}.mp3"
    proc = await asyncio.create_subprocess_exec(
        "audiowaveform", "-i", src, "-o", f"/srv/podcasts/{slug}.json",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise HTTPException(500, "waveform failed")
    return {"ok": True}
