from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/b/{booking_id}")
def short_link(booking_id: int):
    return RedirectResponse(url=f"/bookings/{booking_id}", status_code=302)
