import json
import logging

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
audit = logging.getLogger("audit")
audit.addHandler(logging.FileHandler("/var/log/meters/audit.log"))
audit.setLevel(logging.INFO)


class Adjustment(BaseModel):
    serial: str = Field(pattern=r"^WM-\d{5}$")
    delta_litres: float
    reason: str = Field(max_length=200)


@app.post("/adjustments")
def adjust(adj: Adjustment):
    audit.info("ADJUST %s", json.dumps(adj.model_dump()))
    return {"accepted": True}
