from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/order/{order_id}", response_class=HTMLResponse)
async def order_page(order_id: int, name: str = ""):
    who = escape(name)
    content = f"""
    <html>
      <body>
        <h1>Order #{order_id}</h1>
        <p>Hang tight {who}, your burrito is on the grill.</p>
      </body>
    </html>
    """
    return HTMLResponse(content=content)
