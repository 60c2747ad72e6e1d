import html

from aiohttp import web


async def station_page(request):
    name = html.escape(request.query.get("name", "unknown"))
    body = f"<html><body><h1>Station {name}</h1><p>Live data coming soon.</p></body></html>"
    return web.Response(text=body, content_type="text/html")


app = web.Application()
app.add_routes([web.get("/station", station_page)])

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1", port=8081)
