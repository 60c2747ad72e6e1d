from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Rule(BaseModel):
    condition: str


@app.post("/alerts/test")
def test_rule(rule: Rule, reading: dict):
    fires = eval(rule.condition, {}, dict(reading))
    return {"fires": bool(fires)}
