from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)
PAGE = env.from_string("<h1>{{ hotel }}</h1><p>Rooms from 89 EUR</p><footer>{{ footer }}</footer>")


@app.get("/preview", response_class=HTMLResponse)
def preview(footer: str = "", hotel: str = "Lakeside Inn"):
    return PAGE.render(hotel=hotel, footer=footer)
