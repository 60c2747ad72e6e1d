from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/quote")
async def quote(request: Request, origin: str = "", destination: str = ""):
    return templates.TemplateResponse(
        "quote.html",
        {"request": request, "origin": origin, "destination": destination, "rate": 42.5},
    )
