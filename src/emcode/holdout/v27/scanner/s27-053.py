from jinja2 import Environment
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
env = Environment()


class Letter(BaseModel):
    template: str
    name: str


@app.post("/letters/preview")
def preview(l: Letter):
    return {"text": env.from_string(l.template).render(name=l.name)}
