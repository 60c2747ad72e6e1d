from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/brackets/{event}")
async def bracket_page(request: Request, event: str, round_no: int = 1):
    return templates.TemplateResponse(
        "bracket.html",
        {"request": request, "event": event, "round_no": round_no},
    )
