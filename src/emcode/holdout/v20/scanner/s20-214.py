from aiohttp import web


async def room_page(request):
    room = request.match_info["room"]
    body = "<!doctype html><title>{0}</title><h1>Room {0}</h1>".format(room)
    return web.Response(text=body, content_type="text/html")


app = web.Application()
app.router.add_get("/rooms/{room}", room_page)
