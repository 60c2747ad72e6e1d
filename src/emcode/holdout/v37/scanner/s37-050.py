from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/claims/lookup", response_class=HTMLResponse)
def lookup(policy: str):
    page = "<html><body><h1>Policy %s</h1><p>No open claims.</p></body></html>" % policy
    return page
