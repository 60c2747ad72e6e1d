import logging
from datetime import date

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("bookings")


@app.get("/slots")
async def slots(request: Request, day: date):
    ua = request.headers.get("user-agent", "")[:120]
    logger.info("slot lookup day=%s ua=%r", day.isoformat(), ua)
    return {"day": day.isoformat(), "slots": ["09:00", "11:00"]}
