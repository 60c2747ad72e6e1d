from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/cases/{case_id}/banner", response_class=HTMLResponse)
def banner(case_id: int, headline: str = ""):
    html = "<div class='banner'><h2>" + headline + "</h2></div>"
    return HTMLResponse(html)


@app.get("/cases/{case_id}/summary")
def summary(case_id: int):
    return {"case": case_id, "status": "op