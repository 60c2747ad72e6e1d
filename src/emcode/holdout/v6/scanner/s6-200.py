from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/sso/callback")
def callback(code: str, return_to: str = "/"):
    # exchange code ... omitted
    return RedirectResponse(url=return_to, status_code=302)
