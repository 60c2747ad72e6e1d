import discord
import os

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message):
    if message.author == client.user:
        return
    if message.content.startswith("!calc "):
        expr = message.content[len("!calc "):]
        try:
            result = eval(expr)
        except Exception as exc:
            result = f"error: {exc}"
        await message.channel.send(f"= {result}")


client.run(os.environ["DISCORD_TOKEN"])
