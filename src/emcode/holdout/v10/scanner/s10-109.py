from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
CLICKS = {}


@app.get("/r")
def track(url: str, campaign: str = "none"):
    CLICKS[campaign] = CLICKS.get(campaign, 0) + 1
    return RedirectResponse(url, status_code=302)
