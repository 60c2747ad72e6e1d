from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {
    "thanks": "/checkout/thanks",
    "orders": "/account/orders",
    "home": "/",
}


@app.get("/checkout/done")
def done(to: str = "thanks"):
    return RedirectResponse(DESTINATIONS.get(to, "/checkout/thanks"), status_code=302)
