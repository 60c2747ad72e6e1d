from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()
LINKS = {
    "docs": "https://docs.example.com/start",
    "status": "https://status.example.com/",
}


@app.get("/go/{code}")
def go(code: str):
    target = LINKS.get(code)
    if target is None:
        raise HTTPException(status_code=404)
    return RedirectResponse(target, status_code=302)
