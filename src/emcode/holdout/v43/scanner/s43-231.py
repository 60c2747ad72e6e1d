from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/plans/{plan}", response_class=HTMLResponse)
async def plan_page(request: Request, plan: str, coupon: str = ""):
    return templates.TemplateResponse(
        "plan.html",
        {"request": request, "plan": plan.title(), "coupon": coupon},
    )
