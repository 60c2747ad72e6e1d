from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/vessel/{name}")
def vessel(name: str):
    body = """
    <html><head><title>Vessel</title></head>
    <body>
      <h1>{0}</h1>
      <p>Live position and timetable for {0}.</p>
    </body></html>
    """.format(name)
    return HTMLResponse(content=body)
