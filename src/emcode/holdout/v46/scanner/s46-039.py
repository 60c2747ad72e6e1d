import logging

from fastapi import FastAPI, Request

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("bookings")
app = FastAPI()


@app.post("/bookings")
async def create_booking(request: Request):
    data = await request.json()
    log.info("new booking by " + data.get("team", "?") + " for " + data.get("slot", "?"))
    return {"ok": True}


@app.get("/bookings/{ref}")
def get_booking(ref: str):
    return {"ref": ref, "status": "pendi