import ast
import discord

client = discord.Client(intents=discord.Intents.default())
settings = {"prefix": "!", "volume": 50}


@client.event
async def on_message(message):
    if message.author.bot:
        return
    if message.content.startswith("!set "):
        try:
            update = ast.literal_eval(message.content[5:])
        except (ValueError, SyntaxError):
            await message.channel.send("could not parse settings")
            return
        if not isinstance(update, dict) or not set(update) <= set(settings):
            await message.channel.send("unknown setting")
            return
        settings.update(update)
        await message.channel.send(f"updated {len(update)} settings")
