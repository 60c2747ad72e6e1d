from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet/{name}", response_class=HTMLResponse)
def greet(name: str):
    content = "<html><body><h1>Hello %s</h1></body></html>" % name
    return HTMLResponse(content=content)
