from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Notice(BaseModel):
    body_template: str
    holder: str
    plot: str


@app.post("/notices/preview")
def preview(n: Notice):
    return {"text": Template(n.body_template).render(holder=n.holder, plot=n.plot)}
