from fastapi import FastAPI, HTTPException

app = FastAPI()
BOOKINGS = {1: {"tutor": "Ortiz", "slot": "Mon 16:00"}}


@app.get("/bookings/{booking_id}")
def get_booking(booking_id: int):
    booking = BOOKINGS.get(booking_id)
    if booking is None:
        raise HTTPException(status_code=404, detail="booking not found")
    return booking
