from typing import List

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

app = FastAPI()
templates = Jinja2Templates(directory="templates")


class Lift(BaseModel):
    name: str
    status: str


@app.post("/lifts/board")
def lift_board(request: Request, lifts: List[Lift]):
    return templates.TemplateResponse("board.html", {"request": request, "lifts": lifts})
