from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = FastAPI()
env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                  autoescape=select_autoescape(["html"]))


@app.get("/invoices/{ref}", response_class=HTMLResponse)
def invoice(ref: str, customer: str = ""):
    tpl = env.get_template("invoice.html")
    return tpl.render(ref=ref, customer=customer, lines=[("Ford Focus, 3 days", 124.50)])
