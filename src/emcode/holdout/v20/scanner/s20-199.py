import aiosqlite
from aiohttp import web


async def history(request):
    room = request.match_info["room"]
    before = request.query.get("before")
    sql = "SELECT author, body, sent_at FROM messages WHERE room = ?"
    args = [room]
    if before:
        sql += " AND sent_at < ?"
        args.append(before)
    sql += " ORDER BY sent_at DESC LIMIT 50"
    async with aiosqlite.connect("chat.db") as db:
        async with db.execute(sql, args) as cur:
            rows = await cur.fetchall()
    return web.json_response([{"author": a, "body": b, "at": t} for a, b, t in rows])


app = web.Application()
app.router.add_get("/rooms/{room}/history", history)
