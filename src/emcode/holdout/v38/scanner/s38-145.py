from typing import List

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Lift(BaseModel):
    name: str
    status: str


@app.post("/lifts/board", response_class=HTMLResponse)
def lift_board(lifts: List[Lift]):
    cells = []
    for lift in lifts:
        cells.append("<tr><td>{}</td><td>{}</td></tr>".format(lift.name, lift.status))
    return "<table>" + "\n".join(cells) + "</table>"
