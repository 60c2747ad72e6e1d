from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)
CARD = env.from_string("<div class='card'><h3>{{ name }}</h3><p>{{ origin }}</p></div>")


@app.get("/beans/card", response_class=HTMLResponse)
def bean_card(name: str, origin: str = "unknown"):
    return CARD.render(name=name, origin=origin)
