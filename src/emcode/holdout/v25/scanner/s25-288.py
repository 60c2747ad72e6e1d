from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
CLICKS = {}


@app.get("/out")
def outbound(target: str, campaign: str = "none"):
    CLICKS[campaign] = CLICKS.get(campaign, 0) + 1
    return RedirectResponse(url=target, status_code=302)
