from jinja2 import Environment, BaseLoader
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()
env = Environment(loader=BaseLoader())


class Banner(BaseModel):
    template: str
    team: str


@app.post("/overlay/render", response_class=HTMLResponse)
def render_overlay(b: Banner):
    return env.from_string(b.template).render(team=b.team)
