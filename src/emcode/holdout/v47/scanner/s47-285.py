from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)
BADGE = env.from_string("<span class='badge'>{{ vessel }} &middot; {{ boats }} boats</span>")


@app.get("/badge", response_class=HTMLResponse)
def badge(vessel: str, boats: int = 0):
    return BADGE.render(vessel=vessel, boats=boats)
