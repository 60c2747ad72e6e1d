from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo-slot", response_class=PlainTextResponse)
def echo_slot(slot: str):
    return f"Requested slot: {slot}"
