from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {"dashboard": "/app/dashboard", "fleet": "/app/fleet", "billing": "/app/billing"}


@app.get("/continue")
def continue_to(dest: str = "dashboard"):
    return RedirectResponse(DESTINATIONS.get(dest, "/app/dashboard"), status_code=303)
