from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {"summer": "https://ferrylines.example/summer", "app": "https://ferrylines.example/app"}
CLICKS: dict[str, int] = {}


@app.get("/out/{campaign}")
def outbound(campaign: str):
    target = DESTINATIONS.get(campaign)
    if target is None:
        raise HTTPException(404)
    CLICKS[campaign] = CLICKS.get(campaign, 0) + 1
    return RedirectResponse(url=target, status_code=302)
