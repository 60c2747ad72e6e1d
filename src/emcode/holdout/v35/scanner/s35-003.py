from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

STATUS = {0: "received", 1: "in repair", 2: "ready for pickup"}


@app.get("/ticket/{ticket_id}", response_class=HTMLResponse)
def ticket_page(ticket_id: int):
    stage = STATUS.get(ticket_id % 3)
    return f"""
    <html><body>
      <h1>Ticket #{ticket_id}</h1>
      <p>Status: {stage}</p>
    </body></html>
    """
