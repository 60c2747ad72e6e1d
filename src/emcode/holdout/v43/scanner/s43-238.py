from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/plans/{plan}", response_class=HTMLResponse)
async def plan_page(plan: str, coupon: str = ""):
    banner = f"<div class='coupon'>Coupon applied: {coupon}</div>" if coupon else ""
    return f"<html><body><h1>{plan.title()} membership</h1>{banner}</body></html>"
