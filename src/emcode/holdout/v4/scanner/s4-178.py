from jinja2 import Template
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Layout(BaseModel):
    layout: str
    title: str


@app.post("/preview", response_class=HTMLResponse)
def preview(l: Layout):
    return Template(l.layout).render(title=l.title)
