from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/leaderboard")
async def leaderboard(request: Request, team: str = "all"):
    rows = [("kestrel", 4120), ("moth", 3990)]
    return templates.TemplateResponse(
        "leaderboard.html", {"request": request, "team": team, "rows": rows}
    )
