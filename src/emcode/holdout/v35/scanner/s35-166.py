from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
clicks: dict[str, int] = {}


@app.get("/c/{issue}")
def track_click(issue: str, to: str):
    clicks[issue] = clicks.get(issue, 0) + 1
    return RedirectResponse(to, status_code=302)
