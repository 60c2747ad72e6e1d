from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Sheet(BaseModel):
    cells: dict[str, float]
    formula: str


@app.post("/sheet/eval")
def evaluate(sheet: Sheet):
    value = eval(sheet.formula, {"__builtins__": None}, dict(sheet.cells))
    return {"value": value}
