import operator

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
OPS = {"gt": operator.gt, "lt": operator.lt, "eq": operator.eq, "ge": operator.ge, "le": operator.le}


class Rule(BaseModel):
    field: str
    op: str
    value: float


@app.post("/alerts/test")
def test_rule(rule: Rule, reading: dict):
    fn = OPS.get(rule.op)
    if fn is None or rule.field not in reading:
        raise HTTPException(400, "bad rule")
    return {"fires": bool(fn(float(reading[rule.field]), rule.value))}
