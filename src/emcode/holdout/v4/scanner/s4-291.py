from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Formula(BaseModel):
    name: str
    body: str


@app.post("/formulas/run")
def run_formula(f: Formula, x: float = 1.0):
    src = "def _f(x):\n    return " + f.body
    scope = {}
    exec(src, scope)
    return {"name": f.name, "value": scope["_f"](x)}
