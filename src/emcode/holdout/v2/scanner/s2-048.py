import html

from aiohttp import web


async def profile(request: web.Request) -> web.Response:
    user = html.escape(request.match_info.get("user", "anonymous"))
    text = "<p>Profile of <b>%s</b></p>" % user
    return web.Response(text=text, content_type="text/html")


app = web.Application()
app.add_routes([web.get("/u/{user}", profile)])
