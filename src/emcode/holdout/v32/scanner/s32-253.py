from fastapi import FastAPI, HTTPException

app = FastAPI()

FLIGHTS = {"LH400": "Frankfurt - New York", "BA117": "London - New York"}


@app.get("/flight/{code}")
def flight(code: str):
    route = FLIGHTS.get(code.upper())
    if route is None:
        raise HTTPException(status_code=404, detail="unknown flight")
    return {"code": code.upper(), "route": route}
