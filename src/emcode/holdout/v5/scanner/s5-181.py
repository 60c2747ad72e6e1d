from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/welcome", response_class=HTMLResponse)
async def welcome(username: str = ""):
    content = f"<html><body><h3>Hi {username}</h3></body></html>"
    return HTMLResponse(content=content)
