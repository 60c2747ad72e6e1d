from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/welcome", response_class=HTMLResponse)
def welcome(team: str = "everyone"):
    content = "<html><body><h1>Hi " + team + "</h1></body></html>"
    return HTMLResponse(content=content)
