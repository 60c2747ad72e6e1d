from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Rule(BaseModel):
    expr: str
    frames: int


@app.post("/hives/rule")
def evaluate_rule(rule: Rule):
    verdict = eval(rule.expr, {"frames": rule.frames})
    return {"frames": rule.frames, "split_recommended": bool(verd