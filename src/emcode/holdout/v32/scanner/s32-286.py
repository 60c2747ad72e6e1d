from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
ALLOWED_ORIGINS = {"https://scootly.app", "https://www.scootly.app"}


@app.post("/rides/end")
async def end_ride(request: Request):
    if request.headers.get("origin") not in ALLOWED_ORIGINS:
        raise HTTPException(status_code=403, detail="bad origin")
    body = await request.json()
    return {"ride": body.get("ride_id"), "status": "ended"}
