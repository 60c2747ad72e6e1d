import uuid

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
APPS = {}


class Application(BaseModel):
    pet_id: int
    adopter_email: str


@app.post("/applications")
def create(appl: Application):
    ref = str(uuid.uuid4())
    APPS[ref] = appl
    return {"reference": ref}
