from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/tags/{tag}")
def tag_page(tag: str):
    content = f"""
    <html><head><title>#{tag}</title></head>
    <body><h1>Posts tagged #{tag}</h1></body></html>
    """
    return HTMLResponse(content)
