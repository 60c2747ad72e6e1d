from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Script(BaseModel):
    source: str


@app.post("/run")
def run(script: Script):
    scope: dict = {}
    exec(script.source, scope)
    return {"result": repr(scope.get("result"))}
