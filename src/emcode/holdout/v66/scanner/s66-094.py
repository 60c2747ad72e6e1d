from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/stations/search")
def search(request: Request, q: str = ""):
    hits = [s for s in ("NV-014", "NV-022", "SK-003") if q.upper() in s]
    return templates.TemplateResponse(request, "search.html", {"q": q, "hits": hits})
