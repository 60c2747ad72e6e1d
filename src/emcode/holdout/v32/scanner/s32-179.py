from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()

FLIGHTS = {"LH400": "Frankfurt - New York", "BA117": "London - New York"}


@app.get("/flight/{code}")
def flight_page(code: str, request: Request):
    route = FLIGHTS.get(code.upper())
    if route is None:
        return HTMLResponse("<p>No flight called " + code + "</p>", status_code=404)
    return HTMLResponse("<h1>%s</h1><p>%s</p>" % (code.upper(), route))
