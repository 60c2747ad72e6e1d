from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/membership/welcome", response_class=HTMLResponse)
async def welcome(request: Request, member: str = Query(...), tier: str = "standard"):
    return templates.TemplateResponse(
        "welcome.html", {"request": request, "member": member, "tier": tier}
    )
