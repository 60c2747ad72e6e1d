from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PAY = "https://pay.lockedroom.example/checkout"


@app.get("/bookings/{booking_id}/pay")
def pay(booking_id: int):
    return RedirectResponse(f"{PAY}?booking={booking_id}", status_code=303)
