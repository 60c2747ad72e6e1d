from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/invoice/{number}", response_class=HTMLResponse)
def invoice(number: str, note: str = ""):
    rows = "<tr><td>Consulting</td><td>1200.00</td></tr>"
    page = f"""
    <h1>Invoice {number}</h1>
    <table>{rows}</table>
    <footer>{note}</footer>
    """
    return HTMLResponse(content=page)
