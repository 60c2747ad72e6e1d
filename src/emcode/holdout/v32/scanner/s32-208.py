from fastapi import FastAPI, Request, HTTPException

app = FastAPI()


@app.post("/rides/end")
async def end_ride(request: Request):
    origin = request.headers.get("origin", "")
    if "scootly.app" not in origin:
        raise HTTPException(status_code=403, detail="bad origin")
    body = await request.json()
    return {"ride": body.get("ride_id"), "status": "ended"}
