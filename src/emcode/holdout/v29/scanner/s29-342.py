import os

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
client = httpx.AsyncClient(base_url="https://api.vehiclecheck.example/v2",
                           headers={"Authorization": f"Bearer {os.environ['VC_TOKEN']}"}, timeout=10)


@app.get("/quote/vehicle/{reg}")
async def vehicle(reg: str):
    reg = reg.replace(" ", "").upper()
    if not reg.isalnum() or len(reg) > 8:
        raise HTTPException(status_code=400)
    r = await client.get("/vehicles", params={"registration": reg})
    if r.status_code == 404:
        raise HTTPException(status_code=404)
    r.raise_for_status()
    v = r.json()
    return {"make": v.get("make"), "year": v.get("yearOfManufacture")}
