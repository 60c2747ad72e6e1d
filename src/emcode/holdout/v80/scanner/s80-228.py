from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
def callback(code: str, return_url: str = "/"):
    # exchange code for a session here
    return RedirectResponse(url=return_url)
