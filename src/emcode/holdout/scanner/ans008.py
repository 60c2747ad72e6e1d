from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "friend"):
    body = "<html><body>"
    body += "<h1>Hi " + name + "</h1>"
    body += "</body></html>"
    return HTMLResponse(content=body)
