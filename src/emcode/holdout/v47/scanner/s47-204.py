import logging

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
audit = logging.getLogger("audit")
audit.addHandler(logging.FileHandler("/var/log/meters/audit.log"))
audit.setLevel(logging.INFO)


class Adjustment(BaseModel):
    serial: str
    delta_litres: float
    reason: str


@app.post("/adjustments")
def adjust(adj: Adjustment):
    audit.info(f"ADJUST serial={adj.serial} delta={adj.delta_litres} reason={adj.reason}")
    return {"accepted": True}
