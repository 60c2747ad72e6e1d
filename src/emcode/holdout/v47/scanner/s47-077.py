from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI(title="Meter portal")
templates = Jinja2Templates(directory="templates")


@app.get("/account/usage", response_class=HTMLResponse)
async def usage_page(request: Request, account: str = Query(...), period: str = Query("2024-Q1")):
    litres = 18250  # placeholder until the billing service is wired in
    return templates.TemplateResponse(
        "usage.html",
        {"request": request, "account": account, "period": period, "litres": litres},
    )
