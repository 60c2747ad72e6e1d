from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/tracker/{animal_id}", response_class=HTMLResponse)
async def tracker_page(animal_id: int, label: str = ""):
    content = """
    <html><body>
    <h1>Animal #%d</h1>
    <p>Field label: %s</p>
    </body></html>
    """ % (animal_id, label)
    return HTMLResponse(content=content)
