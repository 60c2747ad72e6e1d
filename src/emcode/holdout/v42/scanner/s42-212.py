import os
import secrets

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

app = FastAPI()
bearer = HTTPBearer()
TERMINAL_TOKEN = os.environ["PUMP_TERMINAL_TOKEN"]


def terminal(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    if not secrets.compare_digest(creds.credentials, TERMINAL_TOKEN):
        raise HTTPException(401)
    return True


class Fill(BaseModel):
    card_last4: str = Field(pattern=r"^[0-9]{4}$")
    litres: float = Field(gt=0, le=1000)
    station: str = Field(max_length=12)


@app.post("/fills", dependencies=[Depends(terminal)])
def record_fill(fill: Fill):
    return {"ok": True, "litres": fill.litres}
