import logging

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("bookings")


@app.get("/slots")
async def slots(request: Request, day: str):
    logger.warning(f"slot lookup day={day} ua={request.headers.get('user-agent')}")
    return {"day": day, "slots": ["09:00", "11:00"]}
