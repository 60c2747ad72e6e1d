import asyncio
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.post("/episodes/{slug}/waveform")
async def waveform(slug: str, zoom: str = "256"):
    cmd = f"audiowaveform -i /srv/podcasts/{slug}.mp3 -o /srv/podcasts/{slug}.json -z {zoom}"
    proc = await asyncio.create_subprocess_shell(cmd)
    await proc.wait()
    if proc.returncode != 0:
        raise HTTPException(500, "waveform failed")
    return {"ok": True}
