from statistics import mean

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
FUNCS = {"SUM": sum, "AVG": mean, "MAX": max, "MIN": min}


class Sheet(BaseModel):
    cells: dict[str, float]
    formula: str


@app.post("/sheet/eval")
def evaluate(sheet: Sheet):
    f = sheet.formula.strip().upper()
    name, _, rest = f.partition("(")
    if name not in FUNCS or not rest.endswith(")"):
        raise HTTPException(400, "formula must look like SUM(A1,B2)")
    refs = [r.strip() for r in rest[:-1].split(",") if r.strip()]
    try:
        values = [sheet.cells[r] for r in refs]
    except KeyError as exc:
        raise HTTPException(400, f"unknown cell {exc.args[0]}")
    return {"value": FUNCS[name](values) if values else 0}
