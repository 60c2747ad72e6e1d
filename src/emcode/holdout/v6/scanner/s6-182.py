import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/welcome", response_class=HTMLResponse)
def welcome(team: str = "everyone"):
    safe_team = html.escape(team)
    return HTMLResponse(content=f"<html><body><h1>Hi {safe_team}</h1></body></html>")
