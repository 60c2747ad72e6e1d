from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "guest"):
    content = f"<html><body><h1>Welcome {name}</h1></body></html>"
    return HTMLResponse(content=content)
