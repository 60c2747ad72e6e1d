from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo-booking", response_class=PlainTextResponse)
def echo_booking(ref: str = ""):
    return f"Booking reference received: {ref}"
