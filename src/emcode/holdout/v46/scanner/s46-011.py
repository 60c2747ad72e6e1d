from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

INSTRUMENTS = {101: "Trumpet", 102: "Flute", 103: "Double bass"}


class LoanRequest(BaseModel):
    instrument_id: int
    weeks: int = Field(ge=1, le=26)


@app.post("/loan-requests")
def request_loan(req: LoanRequest):
    name = INSTRUMENTS.get(req.instrument_id)
    if name is None:
        raise HTTPException(status_code=404, detail="instrument not found")
    return {"instrument": name, "weeks": req.weeks, "status": "pending"}
