from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = ""):
    from .index import search_listings
    hits = search_listings(q)[:20]
    return templates.TemplateResponse(request, "search.html", {"q": q, "hits": hits})
