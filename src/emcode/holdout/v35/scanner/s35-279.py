from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class RuleTest(BaseModel):
    rule: str
    participant: dict


@app.post("/screening/test-rule")
def test_rule(body: RuleTest):
    scope = {"p": body.participant, "eligible": False}
    exec(body.rule, {}, scope)
    return {"eligible": bool(scope["eligible"])}
