from collections import Counter

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
clicks: Counter[str] = Counter()


@app.get("/click")
def click(to: str, campaign: str = "none"):
    clicks[campaign] += 1
    return RedirectResponse(url=to, status_code=307)
