from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Transform(BaseModel):
    code: str
    depths: list[float]


@app.post("/strata/transform")
def transform(body: Transform):
    scope = {"depths": body.depths, "result": None}
    exec(body.code, scope)
    return {"result": scope.get("result")}
