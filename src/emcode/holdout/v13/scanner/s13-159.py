from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/oauth/callback")
def callback(code: str, state: str = "/"):
    # exchange code ... omitted
    return RedirectResponse(url=state)
