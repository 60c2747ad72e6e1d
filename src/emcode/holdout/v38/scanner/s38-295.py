from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Notice(BaseModel):
    body: str
    region: str


@app.post("/notices/render")
def render_notice(n: Notice):
    text = Template(n.body).render(region=n.region, eta="2 hours")
    return {"text": text}
