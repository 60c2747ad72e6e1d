from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {"home": "/", "billing": "/account/billing", "help": "https://help.example.com/"}


@app.get("/continue")
def cont(to: str = "home"):
    return RedirectResponse(DESTINATIONS.get(to, "/"))
