from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

app = FastAPI()
env = Environment(loader=FileSystemLoader("templates"))


@app.get("/quote", response_class=HTMLResponse)
async def quote(request: Request, origin: str = "", destination: str = ""):
    tpl = env.get_template("quote.html")
    return tpl.render(origin=origin, destination=destination, rate=42.5)
