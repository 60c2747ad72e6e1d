from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

from .billing import start_subscription

app = FastAPI()


@app.post("/subscribe")
def subscribe(plan: str = Form(...), email: str = Form(...), return_url: str = Form("/welcome")):
    start_subscription(email, plan)
    return RedirectResponse(return_url, status_code=303)
