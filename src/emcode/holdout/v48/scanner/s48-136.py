import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
CAL = "http://calendar.internal:8081"


@app.get("/tutors/{tutor_id}/availability")
async def availability(tutor_id: int):
    async with httpx.AsyncClient(base_url=CAL, timeout=4) as client:
        r = await client.get(f"/tutors/{tutor_id}/slots")
    if r.status_code == 404:
        raise HTTPException(status_code=404)
    r.raise_for_status()
    return r.json()
