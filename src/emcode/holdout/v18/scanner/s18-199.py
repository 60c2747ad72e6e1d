import asyncio
import _pickle as cPickle

import websockets


async def handler(ws):
    async for message in ws:
        cmd = cPickle.loads(message)
        if cmd.get("type") == "say":
            await ws.send("bot: " + str(cmd.get("text", "")))


async def main():
    async with websockets.serve(handler, "127.0.0.1", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
