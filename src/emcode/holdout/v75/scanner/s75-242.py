import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

ROUTES = {"12": "Harbour - Hospital", "12A": "Harbour - Old Mill"}


@app.get("/routes/{code}", response_class=HTMLResponse)
def route_page(code: str):
    name = ROUTES.get(code, "Unknown route")
    code_txt, name_txt = html.escape(code), html.escape(name)
    return f"<h1>Route {code_txt}</h1><p>{name_txt}</p>"
