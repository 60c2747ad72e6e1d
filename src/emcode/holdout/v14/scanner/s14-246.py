import re
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Check(BaseModel):
    rule: str
    values: list[str]


@app.post("/validate")
def validate(c: Check):
    pattern = re.compile(c.rule)
    return {v: bool(pattern.fullmatch(v)) for v in c.values}
