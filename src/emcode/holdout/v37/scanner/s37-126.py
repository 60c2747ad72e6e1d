from fastapi import FastAPI
from jinja2 import Environment
from pydantic import BaseModel

app = FastAPI()
env = Environment()


class Notice(BaseModel):
    template: str
    conductor: str


@app.post("/notices/render")
def render_notice(n: Notice):
    text = env.from_string(n.template).render(conductor=n.conductor)
    return {"text": text}
