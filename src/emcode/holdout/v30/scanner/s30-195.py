from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/compare", response_class=HTMLResponse)
def compare(models: str):
    cells = [f"<th>{escape(m.strip())}</th>" for m in models.split(",")[:6]]
    return "<table><tr>" + "".join(cells) + "</tr></table>"
