from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/rooms/{slug}", response_class=HTMLResponse)
async def room_page(request: Request, slug: str, team: str = ""):
    return templates.TemplateResponse(
        "room.html", {"request": request, "slug": slug, "team": team}
    )
