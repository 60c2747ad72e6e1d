from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo-route", response_class=PlainTextResponse)
def echo_route(route: str):
    return f"Route {route} has no sailings scheduled today."
