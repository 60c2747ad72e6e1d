from fastapi import FastAPI, Query, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/appeal/status")
async def appeal_status(request: Request, ticket: str = Query(...), name: str = Query("")):
    return templates.TemplateResponse(
        "appeal_status.html",
        {"request": request, "ticket": ticket, "name": name},
    )
