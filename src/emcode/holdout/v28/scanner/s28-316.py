from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

from .billing import start_subscription

app = FastAPI()
RETURN_PATHS = {"/welcome", "/library", "/settings/billing"}


@app.post("/subscribe")
def subscribe(plan: str = Form(...), email: str = Form(...), return_url: str = Form("/welcome")):
    start_subscription(email, plan)
    target = return_url if return_url in RETURN_PATHS else "/welcome"
    return RedirectResponse(target, status_code=303)
