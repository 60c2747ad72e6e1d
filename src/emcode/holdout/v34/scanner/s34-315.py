from datetime import date

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class PermitRequest(BaseModel):
    applicant: str = Field(max_length=120)
    address: str = Field(max_length=200)
    work: str
    start: date


class PermitReceipt(BaseModel):
    reference: str
    applicant: str
    start: date


@app.post("/permits", response_model=PermitReceipt)
def submit(req: PermitRequest) -> PermitReceipt:
    ref = f"BP-{req.start:%Y%m%d}-{abs(hash((req.applicant, req.address))) % 10000:04d}"
    return PermitReceipt(reference=ref, applicant=req.applicant, start=req.start)
