import asyncio
import json

import websockets


async def handler(ws):
    async for message in ws:
        try:
            cmd = json.loads(message)
        except ValueError:
            await ws.send("bot: bad message")
            continue
        if isinstance(cmd, dict) and cmd.get("type") == "say":
            await ws.send("bot: " + str(cmd.get("text", ""))[:500])


async def main():
    async with websockets.serve(handler, "127.0.0.1", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
