from fastapi import FastAPI, Body
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)


@app.post("/preview-banner", response_class=HTMLResponse)
def preview_banner(template: str = Body(..., embed=True)):
    return env.from_string(template).render(event="Spring Major", prize_pool="$50,000")
