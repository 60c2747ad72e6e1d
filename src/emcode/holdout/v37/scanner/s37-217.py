import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
ROUTE_RE = re.compile(r"^(\w+\s?)*-(\w+\s?)*$")


@app.get("/routes/validate")
def validate(route: str):
    if not ROUTE_RE.match(route):
        raise HTTPException(422, "route must look like 'Depot North - Market Square'")
    return {"ok": True}
