from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {"docs": "/docs", "billing": "/billing/overview", "support": "https://support.example.com/"}


@app.get("/go")
def go(to: str = "home"):
    return RedirectResponse(DESTINATIONS.get(to, "/"), status_code=303)
