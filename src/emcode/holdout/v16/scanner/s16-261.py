from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
RULES = {}


class Rule(BaseModel):
    name: str
    body: str


@app.post("/rules")
def add_rule(rule: Rule):
    RULES[rule.name] = rule.body
    return {"ok": True}


@app.post("/rules/{name}/run")
def run_rule(name: str, payload: dict):
    env = {"payload": payload, "result": None}
    exec(RULES[name], env)
    return {"result": env["result"]}
